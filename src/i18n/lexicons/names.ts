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
export const REGIONS: Table<StateCode> = [["NY", "upstate"]];

/** Parts of one state, named as people name them: "SoCal", "north jersey", "upstate ny". */
// biome-ignore format: a data table reads best in rows
export const STATE_REGIONS: Table<StateCode> = [
  ["NY", "upstate new york|upstate ny|western new york|the hudson valley|long island"],
  ["CA", "socal|so cal|southern cal|norcal|nor cal|northern cal|the bay area|bay area|silicon valley|inland empire"],
  ["NJ", "north jersey|south jersey|central jersey"], ["TX", "dfw|the metroplex|rio grande valley"],
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
  // Smaller cities with one state (names shared with a state elsewhere, a person or a word are left out).
  ["AL", "huntsville|tuscaloosa"], ["AK", "fairbanks|juneau"], ["AZ", "scottsdale|tempe|flagstaff|yuma"],
  ["AR", "little rock"], ["CA", "long beach|bakersfield|anaheim|santa ana|stockton|irvine|chula vista|santa monica|san bernardino|modesto|palo alto|berkeley|santa barbara|santa rosa|oxnard"],
  ["CO", "colorado springs|boulder|fort collins|grand junction"], ["CT", "hartford|new haven|bridgeport|stamford"],
  ["FL", "st\\.? petersburg|tallahassee|fort lauderdale|sarasota|pensacola|boca raton|west palm beach|hialeah|clearwater"],
  ["GA", "savannah|macon"], ["HI", "hilo"], ["ID", "idaho falls|pocatello|nampa"],
  ["IL", "naperville|peoria|rockford|joliet|evanston"], ["IN", "fort wayne|south bend|evansville"],
  ["IA", "cedar rapids"], ["KS", "wichita|topeka|overland park"], ["LA", "baton rouge|shreveport|metairie"],
  ["ME", "bangor"], ["MD", "annapolis|bethesda|silver spring"], ["MA", "worcester"],
  ["MI", "grand rapids|ann arbor|lansing|kalamazoo|dearborn"], ["MN", "duluth"], ["MS", "gulfport|biloxi|hattiesburg"],
  ["MT", "billings|missoula|bozeman"], ["NH", "nashua"], ["NJ", "trenton|hoboken|paterson"],
  ["NM", "santa fe|las cruces"], ["NC", "durham|greensboro|winston-salem|asheville"], ["ND", "fargo|bismarck"],
  ["OH", "toledo|akron|dayton"], ["PA", "allentown|harrisburg|scranton"], ["SC", "myrtle beach"],
  ["SD", "sioux falls|rapid city"], ["TN", "knoxville|chattanooga|murfreesboro"],
  ["TX", "harlingen|mcallen|brownsville|laredo|corpus christi|lubbock|amarillo|plano|galveston|waco|killeen|beaumont"],
  ["UT", "provo|ogden"], ["VA", "roanoke"], ["WA", "olympia"], ["WI", "green bay"], ["WY", "cheyenne|casper"],
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
