// Proper names that read the same in every language: big cities whose state is certain, and
// well-known health plans. Folded text, like the lexicons.
import type { StateCode } from "../../domain/intake.js";
import type { Table } from "./lexicon.js";

/**
 * Cities in more than one state, with the states they may be in: consumed so "Kansas City" never
 * reads as Kansas; a state named with them ("kansas city, the missouri side") or a region word
 * ("upstate" Rochester) says which.
 */
// biome-ignore format: a data table reads best in rows
export const SHARED_CITIES: ReadonlyArray<readonly [readonly StateCode[], string]> = [
  [["MO", "KS"], "kansas city"], [["OR", "ME"], "portland"], [["MO", "IL", "MA", "OH"], "springfield"],
  [["OH", "GA", "IN"], "columbus"], [["VA", "CA"], "richmond"], [["MS", "TN", "MI"], "jackson"],
  [["VA", "TX"], "arlington"], [["CO", "IL"], "aurora"], [["NY", "MN"], "rochester"], [["CA", "AZ"], "glendale"],
];

/** Words for a part of a state that pick a shared city's state: "upstate" Rochester is New York's. */
// biome-ignore format: a data table reads best in rows
export const REGIONS: Table<StateCode> = [
  ["NY", "upstate|upstate new york|western new york|the hudson valley|long island"],
];

/** Cities whose state is certain. */
// biome-ignore format: a data table reads best in rows
export const CITIES: Table<StateCode | "ambiguous"> = [
  ["ambiguous", SHARED_CITIES.map(([, source]) => source).join("|")],
  ["NY", "new york city|nyc|manhattan|brooklyn|the bronx|bronx|queens|staten island|buffalo|albany|syracuse|ithaca|utica|schenectady|binghamton|poughkeepsie|yonkers"],
  ["WA", "seattle|spokane|tacoma"], ["OK", "oklahoma city|tulsa"], ["IA", "iowa city|des moines"],
  ["NJ", "jersey city|newark"], ["VA", "virginia beach|norfolk"], ["NV", "carson city|las vegas|vegas|reno"],
  ["UT", "salt lake city|salt lake"],
  ["CA", "los angeles|l\\.a\\.|san francisco|san diego|san jose|sacramento|oakland|fresno"],
  ["TX", "houston|dallas|austin|san antonio|el paso|fort worth"], ["IL", "chicago"],
  ["AZ", "phoenix|tucson"], ["PA", "philadelphia|philly|pittsburgh"], ["MA", "boston"],
  ["FL", "miami|orlando|tampa|jacksonville"], ["GA", "atlanta"], ["CO", "denver"], ["MI", "detroit"],
  ["MN", "minneapolis|st\\.? paul"], ["MD", "baltimore"], ["LA", "new orleans"], ["TN", "nashville|memphis"],
  ["OH", "cleveland|cincinnati"], ["HI", "honolulu"], ["NM", "albuquerque"], ["WI", "milwaukee"],
  ["KY", "louisville"], ["IN", "indianapolis"], ["NC", "charlotte|raleigh"],
  ["MO", "st\\.? louis|saint louis"], ["NE", "omaha"], ["AK", "anchorage"], ["ID", "boise"],
];

// biome-ignore format: a data table reads best in rows
export const INSURERS: Table<string> = [
  ["Blue Cross Blue Shield", "blue cross(?: blue shield)?|bcbs"], ["Aetna", "aetna"], ["Cigna", "cigna"],
  ["Humana", "humana"], ["UnitedHealthcare", "united ?health ?care|uhc"], ["Anthem", "anthem"],
  ["Molina", "molina"], ["Ambetter", "ambetter"], ["Oscar", "oscar health|oscar"], ["WellCare", "wellcare"],
];

/** Providers with many sites that patients name in lower case ("labcorp", "planned parenthood"). */
export const PROVIDER_BRANDS =
  "lab ?corp|quest diagnostics|planned parenthood|cvs(?: pharmacy)?|walgreens|rite aid|minute ?clinic";
