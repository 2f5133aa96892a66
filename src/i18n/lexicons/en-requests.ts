// English words for what the patient wants and what already happened: purpose, format, delivery,
// an earlier request and its outcome, intents and quick yes/no. Data only; en.ts assembles them.
import type { Intent } from "../../conversation/guide/extract.js";
import type { Intake } from "../../domain/intake.js";
import type { Lexicon, Table } from "./lexicon.js";

type Outcome = NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>;

const PURPOSES: Table<NonNullable<Intake["purpose"]>> = [
  ["second_opinion", "second opinion"],
  // Before "legal": a lawyer helping with a disability claim is still a disability claim.
  ["disability", "disability|ssdi|ssi|social security|workers'? comp(?:ensation)?|fmla"],
  [
    "legal",
    "lawsuit|lawyer|(?<!power of )attorney|legal (?:case|reasons?|matter)|court(?![- ]appointed)|suing|malpractice|custody|personal injury",
  ],
  [
    "school",
    "school|camp|daycare|day care|college|kindergarten|preschool|sports physical|enrollment|for (?:football|soccer|basketball|baseball|softball|volleyball|hockey|wrestling|track|sports|the team)",
  ],
  ["travel", "travel(?:ing|ling)?|trip|abroad|visa|cruise"],
  ["insurance", "life insurance|insurance application|for (?:my |the )?insurance company"],
  [
    "continuing_care",
    "new (?!york|jersey|mexico|hampshire|orleans|haven|england)(?:[a-z]+ )?[a-z]+(?:ists?|ians?)|new (?:[a-z]+ )?(?:doctors?|docs?|primary care|pcp|specialists?|providers?|dentists?|pediatricians?|gp|surgeons?|care team)|switching (?:doctors|providers)|changing doctors|transfer(?:ring)? (?:my |his |her )?care|establish care|for (?:my|his|her|their) (?:regular|usual|primary|family|other) (?:doctor|doc|physician|pcp|dentist)|for (?:my|his|her|the) (?:upcoming )?(?:surgery|operation|procedure)(?! (?:in|on|last|back)\\b)|for the rehab (?:place|center|facility|unit)|(?:we'?re |i'?m |we are |i am )?(?:moving|relocating) (?:to|abroad|overseas|out of)",
  ],
  [
    "personal",
    "for my (?:own )?(?:files|reference)|(?<!request |asked |ask )for my own records|personal (?:use|records|reasons)|keep (?:a copy|them) for (?:my|our) records|just (?:want|wanted) (?:them|a copy|copies|to have them)|^personal[.!]?$|(?:figure out|check|see|review|understand|know) (?:which|what|who|my|the) (?:[a-z]+ )?(?:doctors?|bills?|billed|charges?|charged|visits?)",
  ],
];

const FORMATS: Table<NonNullable<Intake["format"]>> = [
  [
    "paper",
    "paper(?: copies| copy)?|printed(?: copies| out)?|print(?:ed)? copies|hard ?cop(?:y|ies)|photocop(?:y|ies)",
  ],
  [
    "electronic",
    "electronic(?:ally)?(?: copies| copy)?|digital(?:ly)?(?: copies| copy)?|pdfs?|(?<!for )(?:on )?an? (?:cd|disc|usb|flash drive|thumb drive)|e-?cop(?:y|ies)|soft cop(?:y|ies)",
  ],
];

/** Delivery; "third_party" needs a recipient noun so "send them to my house" stays "mail". */
const DELIVERY: Table<NonNullable<Intake["delivery"]>> = [
  [
    "third_party",
    "(?:send|sent|forward(?:ed)?|fax(?:ed)?|transfer(?:red)?|mail(?:ed)?|e-?mail(?:ed)?) (?:them|it|the records|my records|everything|copies|a copy|all of it|those)? ?(?:directly |straight |right )?(?:over )?(?:from [^.?!;]{1,80}? )?to (?:my |the |his |her |our )?(?:new |other |regular )?(?:[a-z]+ )?(?:doctor|doc|dr\\.?(?= )|specialist|surgeon|lawyer|attorney|dentist|clinic|school|insurance company|pediatrician|oncologist|cardiologist|psychiatrist|therapist)|have them sent (?:directly |straight )?to (?:my |dr\\.?)",
  ],
  [
    "email",
    "e-?mail (?:them|it|me|those|the records|the files|copies)|(?:by|via|through|over|in an?) e-?mail|to my e-?mail|e-?mailed to (?:me|my)|e-?mail(?:ed)? (?:them |it )?to [a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}",
  ],
  ["fax", "fax (?:them|it)(?! to)|by fax|via fax"],
  [
    "pickup",
    "pick (?:them|it) up|(?:can|to|and|will|i'll|i will) pick up|pickup|pick-up|in person|come (?:get|by for) (?:them|it)",
  ],
  // Where they should arrive, not where the patient saw something ("I can see my labs on the portal").
  [
    "portal",
    "(?<!(?:see|saw|seen|check|checked|look|looked|view|viewed|read|find|found|log|logged|get|got) (?:them |it |my [a-z]+ |the [a-z]+ )?)(?:through|via) (?:the |their )?(?:portal|mychart)|(?:send|sent|put|post|posted|upload|uploaded|deliver|delivered|release|released|share|shared|want|want them|prefer|receive|put them|send them|upload them) (?:them |it |the records |my records |copies )?(?:on|in|to|into|onto) (?:the |their |my )?(?:portal|mychart)|download (?:them|it)",
  ],
  [
    "mail",
    "by (?:regular |snail |postal )?mail|(?:mail|post) (?:them|it|me)|mailed to (?:me|my)|snail mail|in the mail|send (?:them|it) to my (?:home|house|address)",
  ],
];

/** Verbs that mark an earlier request, so "6 weeks ago" is read as its date and not a visit's. */
const REQUEST_VERBS =
  "sent (?:a |the |my |in a |them a )?(?:request|letter|form|fax|email)|sent (?:it|one|them one)|requested|asked (?:them|for|the)|i asked|put in (?:a|the) request|submitted|filled out (?:a|the|their) (?:form|request)|made (?:a|the) request|faxed|mailed (?:a|the|my|them)|emailed (?:them|a request|the)|called (?:them|the office)|request(?:ed)? (?:them|it) (?:on|in|back)";

const OUTCOMES: Table<Outcome> = [
  [
    "denied",
    "denied|refused|rejected|turned (?:me|us) down|said no|told (?:me|us) no|won'?t (?:give|release|send)|wouldn'?t (?:give|release|send)|refuse to",
  ],
  [
    "fee_dispute",
    "(?:want|wants|trying|tried) to charge|charg(?:ed|ing) (?:me|us)|too (?:much|expensive)|(?:asked|want|wants) (?:me |us )?to pay|quoted (?:me |us )?(?:\\$ ?)?\\d[\\d,.]*|(?:a|the) quote (?:of|for|was)|want \\$ ?\\d+",
  ],
  [
    "partial",
    "(?:everything|all of (?:it|them)|them|it all|the records) (?:except|but not|minus|besides|other than|apart from) |(?:only|just) (?:got|received|sent|gave) (?:me |us )?(?:part|some|half|a few|one|the)|partial|missing (?:some|pages|the|a)|incomplete|not (?:all|everything|the whole)|left (?:out|off)|(?:sent|gave|got|received) (?:me |us )?(?:the |my )?[a-z -]{1,40}? but (?:no|not|none|nothing|never)(?![a-z])",
  ],
  [
    "received",
    // Not when negated or still to come: "still haven't got them", "once I get them".
    "(?<!(?:n'?t|not|never|no|yet to|once i|when i|if i|until i|till i|before i|once we|when we|if we) )(?:(?:got|received) (?:them|the records|my records|everything|it all)|they (?:sent|gave) (?:me )?(?:them|everything|the records)(?! (?:except|but|minus|besides|other than|apart from))|already have (?:them|my records))",
  ],
  [
    "no_response",
    "(?<=^|[.!?;,] *|(?:and|but|still|just|got|heard) )nothing(?: yet| back| at all)?(?= *(?:[.!,;]|$))|(?:and|but|still|just) nothing|heard nothing|(?:nobody|no one) (?:ever )?(?:calls?|called|gets?|got|writes?|wrote|emails?|e-mailed) (?:me |us )?back|(?:never|don'?t|doesn'?t|won'?t|didn'?t) (?:call|get|write) (?:me |us )?back|(?:never|haven'?t|have not|didn'?t|did not) (?:heard?|gotten|got|received) (?:back|anything|a (?:reply|response|thing))|(?:haven'?t|have not|never|didn'?t|did not) sent (?:anything|them|it|me anything)|no (?:response|reply|answer)|never (?:responded|replied|answered|got back|called back)|(?:nobody|no one) (?:responded|answered|called back|got back)|ignored|ghosted|crickets",
  ],
  ["pending", "still waiting|waiting (?:on|for) (?:them|it|a response)|pending|processing|in progress"],
];

const INTENTS: Table<Intent> = [
  [
    "delete",
    "delete (?:my|this|all|the) (?:data|info|information|conversation|chat|session)|erase (?:my|this|everything)|forget (?:me|my (?:data|info))|remove my (?:data|info)",
  ],
  ["restart", "start over|restart|start again|new conversation|begin again|reset"],
  [
    "teen_private",
    "without (?:my )?(?:parents?|mom|dad|mum|mother|father|family|guardian)(?: \\w+)? (?:finding out|knowing|seeing|being told|getting told|noticing)|(?:keep|keeping|hide|hiding) (?:it |this |them |my records )?(?:private |secret |confidential )?from (?:my )?(?:parents?|mom|dad|mum|family)|so (?:my )?(?:parents?|mom|dad|mum) (?:don'?t|won'?t|can'?t|never) (?:know|find out|see)|(?:my )?(?:parents?|mom|dad|mum) (?:won'?t|can'?t|don'?t have to) (?:know|find out|see)",
  ],
  [
    "draft",
    "(?:draft|write|make|mak|create|prepare|generate) (?:it|that|me |my |the |a |this )?(?:\\w+ )?(?:letter|request|document|form)|draft (?:it|my letter)|draft$|(?:^|[,.!] *|\\b(?:ok|okay|yes|yeah|just|pls|please|then|now|so|can (?:u|you)|could (?:u|you)|go ahead and) )(?:write|draft|do) it(?: up| now| already| for me| pls| please| plz)?[.!]*$|^(?:ok |okay |so |yes |yeah )?(?:the |a |my )?letter(?: pls| please| plz| now)?[.!?]*$",
  ],
  [
    "rights_fees",
    "how much (?:can|will|do|does|should|could) (?:they|it|a hospital|providers?|the \\w+) (?:charge|cost)|what (?:can|do) they charge|(?:what|any) fees?|fees? (?:can|do|for)|is (?:it|this) free|(?:do|does) it cost|can they charge|how much (?:does|will) it cost|allowed to charge",
  ],
  [
    "rights_deadline",
    "how long (?:do|does|will|can|should|could|is) (?:they|it|a hospital|the \\w+)|how many days|time limit|(?:legally )?have to (?:respond|answer|send)|what'?s the deadline for them|deadline for (?:them|providers|the hospital)|by law",
  ],
  [
    "correction",
    "actually|i meant|(?:sorry|oops|wait),? (?:i meant|it'?s|it is|not|make that)|correction|i was wrong|typo|my mistake|not [a-z]+, [a-z]+",
  ],
  ["greeting", "^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)"],
  ["thanks", "thanks|thank you|thx|ty|appreciate it"],
  [
    "unsure",
    "i don'?t know|i do not know|don'?t know|not sure|no idea|unsure|dunno|idk|can'?t remember|don'?t remember|no clue",
  ],
  [
    "off_topic",
    "weather|tell me a joke|a joke|recipe|(?:football|basketball|baseball|soccer) (?:game|score|scores|team)|stock price|bitcoin|write (?:me )?a poem|who won",
  ],
  // Letter commands in chat-speak, and the patient's own questions: the guide answers each question
  // before it asks its next one (src/conversation/guide/answers.ts).
  [
    "draft",
    "letter (?:pls|plz|please|now)|(?:write|draft) (?:it|that)(?: (?:up|now|pls|plz|please|for me))?$|(?:yes|yeah|yep|ok|okay|sure),? (?:do it|go ahead|please do|write it|draft it)|i (?:want|need|would like|'?d like) (?:the|a|my) (?:letter|request letter)|(?:get|give|send) me (?:the|a|my) letter",
  ],
  [
    "rights_fees",
    "how much (?:is|will|would|does) (?:this|it|that|all this|all of this)(?: \\w+)?(?: going to| gonna)? (?:cost|be)|(?:do|will|would) i (?:have|need) to pay|(?:do|will|would) (?:they|u|you|you guys|u guys) charge|(?:is|it'?s) (?:this|it|ur thing|your (?:thing|service)) free|cost me|(?:what|how much) (?:is|are) the (?:fee|fees|cost|charge)|(?:is|are) there (?:a |any )?(?:fee|fees|charge|charges|cost)|cost (?:anything|money|a lot|much)|(?:have|need) to pay (?:anything|for (?:this|it|them|the copies|copies))|(?:will|would|do) (?:they|it|this) charge (?:me|for)|what(?:'?s| does| will| would) (?:it|this|that) cost|how much (?:\\$|money)|(?:is|it'?s) (?:it|this|that) (?:expensive|pricey)|what'?s the (?:price|cost|fee|charge)|how much (?:do|does|will|would) (?:copies|a copy|the copies|records|my records|they|it) (?:usually )?(?:run|cost|go for)|(?:do|will|would) i owe (?:anything|money) for",
  ],
  [
    "rights_deadline",
    "how long (?:do|does|will|would|is|can) (?:this|that|all this|all of this|these|you|u|it all)|how long (?:until|till|before)|how long(?= *[?]|$)|how (?:soon|fast|quickly) (?:can|will|would|do) (?:i|they|we)|when (?:will|would|can|do) i (?:get|have|receive) (?:them|it|my records|the records)|done in time|in time for|how many (?:weeks|days|months) (?:does|will|would|do|can) (?:it|this|that|they)|when (?:should|will|can|could|would|do) i (?:expect|get|see|receive) (?:them|it|my records|the records|copies|a copy)|how long(?: does| will| would)? (?:it|this|that) (?:take|usually take)",
  ],
  [
    "asks_unpaid_bill",
    "(?:because|since|cause|cuz|until|till|unless) i (?:still )?(?:owe|pay (?:my|the|off|what)|haven'?t paid|have not paid)|(?:unpaid|outstanding|overdue|past due) (?:bill|balance|account)|owe (?:them |you |the \\w+ )?(?:money|a balance|a bill|\\$)|pay (?:my|the) (?:balance|bill) first",
  ],
  [
    "asks_complaint",
    "(?:file|make|submit|lodge|put in) (?:a )?complaint|complain (?:about|to|against)|report (?:them|this|it|the (?:hospital|clinic|office|doctor|practice))|(?:who|where) (?:can|do|should) i (?:report|complain)|can i (?:report|complain)",
  ],
  [
    "asks_parents_see",
    "(?:can|will|would|could) (?:my )?(?:parents?|mom|dad|mum|mother|father|folks) (?:see|find out|know|read|get|look at|access)|(?:my )?(?:parents?|mom|dad|folks) (?:see|find out about|get access to) (?:this|it|them|my)",
  ],
  [
    "asks_human",
    "(?:are|r) (?:you|u) (?:a )?(?:real|actual|live|human|person|bot|robot|ai|computer|machine)|(?:real|actual|live) (?:person|human)|talk(?:ing)? (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|someone|somebody|bot|robot)|is this (?:a )?(?:bot|robot|real person|human|automated|ai|computer)|(?:am i|i'?m|are we|r we) (?:talking|chatting|texting|speaking|messaging) (?:to|with) (?:a |an )?(?:bot|robot|ai|chatbot|machine|computer|real person|human|person)|(?:is|are) (?:this|you|u) (?:an? )?(?:chatbot|ai bot|automated system|program)|(?:is there|any) (?:a |an )?(?:real |actual |live )?(?:person|human) (?:there|on the other end|reading|behind)|(?:is|are) (?:someone|somebody|anyone|anybody|a person|a human|a real person) (?:reading|there|seeing|on the other end|typing|answering)",
  ],
  [
    "asks_why_dob",
    "why (?:do|would|does|did) (?:you|u|they|it) (?:need|want|ask(?: for)?|use) (?:my|the|his|her|their) (?:date of birth|dob|birthday|birth ?date|birth|full name|name|address|phone|info|information)|what (?:do|does) (?:you|u|it) need (?:my )?(?:date of birth|dob|birthday|birth ?date) for",
  ],
  [
    "asks_safety",
    "is (?:this|it|my (?:info|information|data)|(?:this|it) (?:site|chat|app)) (?:safe|secure|private)|(?:safe|secure) to (?:put|type|give|share|enter|send|use)|who (?:can|will) see (?:this|my (?:info|information|data|answers))|(?:do|will) you (?:store|save|keep|sell|share) (?:my|this)|floating around|who (?:else )?(?:can|will|could|gets to|is going to) (?:see|read|access|look at) (?:this|that|it|what|my|these|the (?:chat|conversation|messages))|(?:does|do|will|can) (?:anyone|anybody|someone|you guys|u guys) (?:else )?(?:see|read|keep|store|save) (?:this|what|my)|(?:is|are) (?:my )?(?:info|information|data|details|answers|messages) (?:safe|secure|private|protected|kept private|stored|saved|shared)|(?:where|how) (?:does|do|is|are) (?:my )?(?:info|information|data) (?:go|stored|kept|saved|used)|privacy|(?:do|does|will|would) (?:you|u|this|it|y'?all|you guys) (?:keep|store|save|record|track|log) (?:my|this|what|the (?:chat|conversation|messages))|(?:are|r) (?:you|u) (?:recording|saving|storing|keeping|tracking|logging) (?:this|my|what|the)",
  ],
  [
    "asks_medical",
    "(?:is|was|could) (?:it|this|that) (?:be )?cancer|(?:do|did) (?:you|u) think (?:it'?s|it is|i have|i'?ve got|he has|she has)|what does (?:my |the |this |that |his |her )?(?:result|results|report|scan|biopsy|mri|test|finding|spot) mean|(?:is|was) (?:it|this|that) (?:serious|dangerous|normal)|should i be (?:worried|scared|concerned)|what do i have",
  ],
  [
    "asks_proof",
    "(?:do|will|would) (?:i|we) (?:need|have) to (?:prove|show|send (?:them |in )?(?:the |a |my )?(?:power of attorney|poa|paperwork|proof|papers|documents?|id|death certificate|letters))|what (?:do|would|will) (?:i|we) need to (?:prove|show)|(?:what|which) (?:proof|papers|paperwork|documents?) (?:do|would|will) (?:i|we|they) need|prove (?:i'?m|i am|that i'?m|that i am)",
  ],
  [
    "asks_allowed",
    "(?:is|was) (?:that|this|it) (?:even )?(?:legal|allowed|ok|okay|fair)(?=\\W*$|\\W*[?])|(?:are|r|is) (?:they|it|she|he) (?:even )?(?:allowed|permitted) to|can they (?:even )?(?:do that|do this|legally|refuse|say no|deny|charge that)|is that even legal",
  ],
  [
    "asks_how_to_send",
    "how (?:do|should|can|would) i (?:send|mail|fax|submit|deliver|turn in|hand in) (?:it|this|that|the letter|my letter|the request)|where (?:do|should|can) i (?:send|mail|fax|take) (?:it|this|that|the letter|my letter)",
  ],
  [
    "asks_from_insurer",
    "(?:get|ask for|request) (?:it|that|this|them|the list|a list) (?:from|through) (?:my |the )?(?:insurance|insurer|health plan|plan)|(?:would|does|do|can|will) (?:my |the )?(?:insurance|insurer|health plan) (?:have|has|give|keep|know)",
  ],
  [
    "another_letter",
    "another letter|(?:a |one )?(?:second|new|different) letter|letter for (?:another|a different|my other) \\w+",
  ],
  [
    "upset",
    "ridiculous|unbelievable|fed up|sick (?:and tired )?of|frustrat\\w*|pissed|angry|furious|fuming|this is (?:crazy|insane|a joke)|nobody (?:helps|cares|answers)|no one (?:helps|cares|answers)|wtf|absurd",
  ],
];

/** Quick answers. Matched at the very start of the message only. */
const YES =
  "^(?:yes|yeah|yea|yep|yup|yah|ya(?= *[.!]*$)|sure|ok|okay|k|kk|correct|right|that'?s right|absolutely|definitely|of course|y|i think so|i believe so|pretty sure|probably)(?![\\w'])";
const NO =
  "^(?:no|nope|nah|not really|n|i don'?t think so|probably not)(?![\\w'])(?! (?:idea|clue|response|reply|answer|insurance|portal|deadline)\\b)(?!,? (?:way|kidding|joke|worries|problem|prob|biggie|manches|mames|hay problema|te preocupes|wait|i mean)\\b)";

/** Capitalised words that open a sentence or a clause: a provider's name never starts with them. */
const SENTENCE_STARTERS =
  "i|i'm|im|i've|ive|i'd|my|the|a|an|it|it's|its|this|that|these|those|there|they|they're|we|we're|he|she|his|her|their|and|but|so|also|then|please|pls|thanks|thx|yes|no|ok|okay|hi|hello|hey|need|can|could|would|will|what|when|where|why|how|who|is|are|was|were|do|does|did|just|if|or|because|since|after|before|now|today|yesterday|tomorrow|last|next|here|from|at|in|on|to|for|with|dear|sorry|hope|not|nobody|everything|everyone|any|some|mostly|only|even|still|maybe|well|um|oh";
/** Chat-speak around a short answer; it carries nothing and is never part of a name. */
const CHATTER =
  "ok|okay|k|kk|okk|oki|okie|thx|thanx|thnx|thanks|thank|ty|tysm|pls|plz|please|lol|lmao|haha|um|umm|uh|uhh|hmm|well|so|yes|yeah|yea|yep|yup|sure|hi|hey|hello|oh|alright|cool|btw|ugh|np";
/** Words no name contains: a short answer holding one is a sentence, a question or a command. */
const NOT_NAMES =
  "i|im|i'm|ive|i've|i'd|i'll|me|my|mine|myself|you|u|ur|your|yours|you're|youre|we|us|our|what|whats|what's|how|why|when|where|who|which|do|does|did|sign|signed|write|draft|letter|letters|send|sent|need|needs|want|wants|can|could|would|should|will|is|are|am|was|were|be|been|don't|dont|didn't|know|idk|not|think|help|one|it|it's|its|this|that|them|they|they're|he|she|him|his|her|their|nothing|none|nope|anything|something|else|anyone|someone|cancel|stop|restart|delete|again|later|skip|blank|now|guess|maybe|remember|sorry|because|if|but|just|also|already|get|got|give|make|go|have|has|had|asap|tomorrow|yesterday|today|records|record|copy|copies|form|request|chart|no|yes|ok|okay|downtown|uptown|nearby|near|across|there|here|over|unknown|hurry|wait|continue|next|done|finish|finished|print|proceed|submit|create|generate|prepare|ready|send|show|tell|let|lets|let's|check|fix|change|update|edit|go ahead|anyway|anyways|whatever|nevermind|nvm|hmm|hmmm|umm|uh|meh|idc|dunno";
/** Words that alone name no one. */
const GENERIC_PLACES =
  "the|a|an|some|few|small|big|other|another|different|local|hospital|hospitals|clinic|clinics|doctor|doctors|doc|docs|dr|office|offices|practice|practices|er|lab|labs|pharmacy|dentist|specialist|specialists|provider|providers|place|places|medical|center|centre|and|of|couple|bunch|several|lots|others|more|urgent|cares";

export const requests = {
  acknowledge: "ok|okay|k|kk|okk|oki|okie|alright|all right|got it|cool|fine",
  sentenceStarters: SENTENCE_STARTERS,
  chatter: CHATTER,
  notNames: NOT_NAMES,
  genericPlaces: GENERIC_PLACES,
  toMe: "send (?:them|it) to me|to me|me",
  somethingElse: "other|something else",
  hereClinic:
    "this (?:clinic|office|practice|place)|your (?:clinic|office|practice)|(?:from |at )?here|from you(?: guys| all)?|you guys|y'?all|yours",
  everything: "all|all of (?:it|them)|the whole thing",
  reportWords: "(?:the|a|her|his|my|their|that|this) (?:written )?reports?(?! (?:them|it|him|her|to|on)\\b)",
  visitAnswer: "(?:the |my )?(?:er|e\\.r\\.|emergency room|emergency department|urgent care)(?: one| visit)?",
  only: "only|just",
  noDeadline: "no (?:deadline|rush|hurry)|there'?s no deadline",
  bodyRehab:
    "strokes?|injur(?:y|ies|ed)|accident|surgery|fractured?|broken|broke my|concussion|physical therapy|occupational therapy|speech therapy|physio(?:therapy)?|pt|ot|(?:knee|hip|shoulder|back|spine|ankle) (?:replacement|surgery|injury|rehab)",
  personalAnswer:
    "(?:for )?my (?:own )?records|for me|for myself|myself|(?:at|for) home|to (?:keep|have)(?: them| a copy| copies)?|my own files|personal",
  unanswered: "\\b(?:don'?t know|do not know|not sure|no idea|unsure|dunno|leave it blank|skip)\\b",
  purposes: PURPOSES,
  formats: FORMATS,
  delivery: DELIVERY,
  requestVerbs: REQUEST_VERBS,
  outcomes: OUTCOMES,
  intents: INTENTS,
  looksRight:
    "looks? (?:good|great|right|fine|ok|okay|correct)|all (?:good|correct|right|set)|(?:that'?s|thats|it'?s|its|everything'?s|everything is|all of it is) (?:right|correct|good|fine)|perfect|go ahead|do it|confirm(?:ed)?",
  yes: YES,
  no: NO,
} satisfies Partial<Lexicon>;
