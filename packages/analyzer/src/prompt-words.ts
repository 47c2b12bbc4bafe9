/**
 * The words the prompt heuristics look for, as data: one list per concept, by language. Entries are
 * regular expression sources matched case-insensitively as whole words (`anywhere` lists: anywhere,
 * for scripts written without spaces). Measured on tests/prompts/labelled-prompts.ts.
 */

/** Verbs that, as an instruction to the avatar, make it ask the user for something. */
export const askingVerbs = [
  // English
  'ask',
  'request',
  'collect',
  'gather',
  'obtain',
  'inquire',
  'enquire',
  'find out',
  "get (?:the user['’]s|the customer['’]s|their|his|her)",
  'check (?:whether|if|with)',
  'confirm (?:with|whether|if|that they|they)',
  'have (?:the user|the customer|them) (?:read|say|spell|tell|confirm|repeat|state|describe|give|name|choose|pick)',
  // Spanish
  'pregunta',
  'preg[uú]ntale',
  'preg[uú]ntele',
  'pide',
  'p[ií]dele',
  'p[ií]dale',
  'solicita',
  'solicite',
  'averigua',
  // German ("bitte" alone is "please": only "bitte … um" asks)
  'frage',
  'frag',
  'erfrage',
  'fragen sie',
  'bitte (?:den|die|das|ihn|sie)\\b[^.;!?]{0,60}\\bum',
  // French
  'demande',
  'demandez',
  'interroge',
  // Portuguese
  'pergunte',
  'peça',
  'peca',
  // Italian
  'chiedi',
  'chieda',
]

/** Japanese and Chinese verbs for asking, written without spaces around them. */
export const askingVerbsAnywhere = ['尋ねて', '聞いて', '伺って', '質問して', '询问']

/** Words after which a verb starts a new instruction ("greet them and ask …", "then ask …"). */
export const clauseOpeners = [
  // English
  'and',
  'then',
  'also',
  'to',
  'please',
  'now',
  'first',
  'next',
  'finally',
  'just',
  'otherwise',
  '\\w+ly',
  // Spanish, Portuguese, Italian
  'y',
  'e',
  'luego',
  'después',
  'depois',
  'também',
  'então',
  'poi',
  // German
  'und',
  'dann',
  'danach',
  'sonst',
  // French
  'et',
  'puis',
  'ensuite',
  'sinon',
]

/** Phrases that ask the user directly for an answer, in verbatim speech as in goals. */
export const directRequests = ['tell me', 'please state', 'please spell', 'dime', 'd[ií]game', 'sagen sie mir', 'dites-moi', 'diga-me']

/** The same, in scripts written without spaces. */
export const directRequestsAnywhere = ['教えてください', '教えていただけ']

/** Words that say when to give up or move on. */
export const exitWords = [
  // English
  'attempts?',
  'tries',
  'tried',
  'retr(?:y|ies)',
  'times',
  'twice',
  'refuses?',
  'refused',
  'declines?',
  'declined',
  'unable',
  'cannot',
  "can[’']t",
  "won[’']t",
  "doesn[’']t",
  'does not',
  'did not',
  "didn[’']t",
  "don[’']t know",
  'do not know',
  'not sure',
  'unsure',
  'fails?',
  'failed',
  'gives? up',
  'no (?:answer|response|reply)',
  'not (?:respond|answer|reply)\\w*',
  'silent',
  'stop',
  'exit',
  'move on',
  'skip',
  'end the',
  'rather not',
  'prefer not',
  'no more than',
  'at most',
  // Spanish
  'intentos?',
  'se niega',
  'no (?:responde|contesta|sabe)',
  'sigue adelante',
  'contin[uú]a',
  // German
  'versuchen?',
  'weigert',
  'nicht (?:antwortet|weiß)',
  'fahre fort',
  'weiter zum',
  'überspringe',
  'gib auf',
  // French
  'tentatives?',
  'essais',
  'ne (?:répond|sait) pas',
  'passe à la suite',
  'abandonne',
  // Portuguese
  'tentativas?',
  'recusar',
  'não (?:responder|responde|souber)',
  'siga em frente',
  // Italian
  'tentativi',
  'non risponde',
  'rifiuta',
]

/** The same, in scripts written without spaces. */
export const exitWordsAnywhere = ['[0-9０-９一二三四五]回', '答えがなければ', '答えない', '応答がな', '拒否', '次に進', 'スキップ']

/** Words that open a case or its alternative ("if", "otherwise"), counted to find branches. */
export const conditionWords = [
  // English
  'if',
  'unless',
  'otherwise',
  // "else" opens an alternative after a comma or "or", not in "anything else"
  'or else',
  '(?<=[,;]\\s*)else',
  'in case',
  // Spanish ("si", unaccented, is "if"; "sí" is "yes")
  'si',
  'de lo contrario',
  'en caso de que',
  // German
  'wenn',
  'falls',
  'sonst',
  'andernfalls',
  'ansonsten',
  // French
  "s[’']il",
  'sinon',
  'autrement',
  // Portuguese ("se" alone is also a pronoun)
  'senão',
  'caso',
  'caso contrário',
  // Italian
  'altrimenti',
]

/** The same, in scripts written without spaces. */
export const conditionWordsAnywhere = ['場合', 'もし', 'そうでなければ', '否则', '如果']
