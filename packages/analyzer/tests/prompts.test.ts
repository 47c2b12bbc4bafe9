import { describe, expect, it } from 'vitest'
import { asksSomething, hasConditionalLogic, hasExitCondition, isVerbatim, promptText, speechSeconds, wordCount } from '../src/prompts.js'
import { labelledConditions, labelledPrompts } from './prompts/labelled-prompts.js'
import { type Measure, has, lacks, measure } from './prompts/measure.js'

/** The failure message of a threshold: the prompts the heuristic got wrong. */
function mistakes(result: Measure): string {
  return JSON.stringify({ falseAlarms: result.falseAlarms, misses: result.misses }, null, 1)
}

const goalPrompts = labelledPrompts.filter(({ prompt }) => !isVerbatim(prompt))

describe('the labelled prompts', () => {
  it('hold at least 150 prompts, none twice', () => {
    const prompts = labelledPrompts.map(({ prompt }) => prompt)
    expect(prompts.length).toBeGreaterThanOrEqual(150)
    expect(new Set(prompts).size).toBe(prompts.length)
  })

  it('hold prompts of each kind the heuristics tell apart', () => {
    for (const label of ['asks', 'exit', 'branches'] as const) {
      expect(labelledPrompts.filter(({ labels }) => labels.includes(label)).length, label).toBeGreaterThanOrEqual(15)
    }
    expect(goalPrompts.length).toBeGreaterThanOrEqual(100)
  })
})

// A warning a user cannot silence for one node must be right at least 95 times in 100. Recall floors
// are the measured figure less a small margin, so that a regression fails.
describe('the heuristics, measured on the labelled prompts', () => {
  it('asksSomething, behind misplaced-does-not-require-reply: precision 0.984, recall 0.976', () => {
    const result = measure(labelledPrompts, asksSomething, has('asks'))
    expect(result.precision, mistakes(result)).toBeGreaterThanOrEqual(0.95)
    expect(result.recall, mistakes(result)).toBeGreaterThanOrEqual(0.95)
  })

  it('a goal prompt without hasExitCondition, behind goal-without-exit: precision 1, recall 0.965', () => {
    const result = measure(goalPrompts, (prompt) => !hasExitCondition(prompt), lacks('exit'))
    expect(result.precision, mistakes(result)).toBeGreaterThanOrEqual(0.95)
    expect(result.recall, mistakes(result)).toBeGreaterThanOrEqual(0.94)
  })

  it('an outcome condition without hasExitCondition, behind goal-without-exit: precision 1, recall 1', () => {
    const result = measure(labelledConditions, (condition) => !hasExitCondition(condition), lacks('exit'))
    expect(result.precision, mistakes(result)).toBeGreaterThanOrEqual(0.95)
    expect(result.recall, mistakes(result)).toBeGreaterThanOrEqual(0.95)
  })

  it('hasConditionalLogic, behind conditional-prompt: precision 1, recall 0.808', () => {
    const result = measure(labelledPrompts, hasConditionalLogic, has('branches'))
    expect(result.precision, mistakes(result)).toBeGreaterThanOrEqual(0.95)
    expect(result.recall, mistakes(result)).toBeGreaterThanOrEqual(0.75)
  })
})

describe('isVerbatim and promptText', () => {
  it('take a leading "Say:" in any case and spacing as verbatim speech', () => {
    expect(isVerbatim('Say: Hello')).toBe(true)
    expect(isVerbatim('  say :Hello')).toBe(true)
    expect(isVerbatim('SAY: Hello')).toBe(true)
  })

  it('take any other prompt as a goal, even one that mentions saying', () => {
    expect(isVerbatim('Greet the user and say goodbye.')).toBe(false)
    expect(isVerbatim('Saying: hello')).toBe(false)
  })

  it('give the text without the leading "Say:" and surrounding spaces', () => {
    expect(promptText('Say:  Hello there. ')).toBe('Hello there.')
    expect(promptText(' Greet the user. ')).toBe('Greet the user.')
  })
})

describe('wordCount', () => {
  it('counts the words after a leading "Say:"', () => {
    expect(wordCount("Say: Hi! I'm Ava, your assistant.")).toBe(5)
    expect(wordCount('Greet them by full name.')).toBe(5)
  })

  it('counts nothing in an empty or blank prompt', () => {
    expect(wordCount('')).toBe(0)
    expect(wordCount('Say:   ')).toBe(0)
  })

  it('counts words across line breaks and tabs, and a placeholder as a word', () => {
    expect(wordCount('Hello\n{name},\tthanks')).toBe(3)
  })

  it('does not count a dash or other punctuation standing alone', () => {
    expect(wordCount('Say: Hi — welcome back !')).toBe(3)
  })

  it('counts Japanese and Chinese, written without spaces, as a word per two characters', () => {
    expect(wordCount('Say: ご協力ありがとうございました。')).toBe(7)
    expect(wordCount('谢谢，您的身份已验证。')).toBe(5)
  })

  it('counts each space-separated word of Korean, which is written with spaces', () => {
    expect(wordCount('Say: 감사합니다. 본인 확인이 완료되었습니다.')).toBe(4)
  })
})

describe('speechSeconds', () => {
  it('is the word count at the given pace: 25 words at 150 a minute take 10 s', () => {
    expect(speechSeconds(`Say: ${Array.from({ length: 25 }, () => 'word').join(' ')}`, 150)).toBe(10)
  })

  it('is 0 for an empty prompt', () => {
    expect(speechSeconds('Say:', 150)).toBe(0)
  })
})

describe('asksSomething', () => {
  it('finds a question, with ?, the full-width ？, Spanish ¿ or a Japanese か', () => {
    expect(asksSomething("Say: What's your name?")).toBe(true)
    expect(asksSomething('Say: お名前を教えていただけますか？')).toBe(true)
    expect(asksSomething('Say: ¿Cuál es tu fecha de nacimiento')).toBe(true)
    expect(asksSomething('Say: 準備はできましたか。')).toBe(true)
  })

  it('finds a question that is quoted whole', () => {
    expect(asksSomething('Say: "Are you ready?"')).toBe(true)
  })

  it('does not take a question quoted inside a statement for one put to the user', () => {
    expect(asksSomething('Say: Some people ask us "why do you need my face?" It keeps your account safe.')).toBe(false)
  })

  it('keeps the text after an opening quotation mark that is never closed', () => {
    expect(asksSomething('Say: So, “are you ready?')).toBe(true)
  })

  it('does not take a ? inside a web address for a question', () => {
    expect(asksSomething('Say: Read more at https://acme.example/privacy?lang=en today.')).toBe(false)
  })

  it('finds a request for an answer without a question mark', () => {
    expect(asksSomething('Say: Please tell me your date of birth.')).toBe(true)
  })

  it('finds a goal that tells the avatar to ask, in several languages', () => {
    expect(asksSomething('Greet them by full name and ask DOB.')).toBe(true)
    expect(asksSomething('Politely ask the user why they are opening the account.')).toBe(true)
    expect(asksSomething('Pide al usuario su número de teléfono.')).toBe(true)
    expect(asksSomething('Frage den Nutzer nach seiner E-Mail-Adresse.')).toBe(true)
    expect(asksSomething("Demande à l'utilisateur son adresse e-mail.")).toBe(true)
    expect(asksSomething('Pergunte ao usuário o seu e-mail.')).toBe(true)
    expect(asksSomething('ユーザーに生年月日を尋ねてください。')).toBe(true)
  })

  it('does not take "request" the noun for asking: "Thank the user for their request"', () => {
    expect(asksSomething('Thank the user for their request.')).toBe(false)
    expect(asksSomething("Remercie l'utilisateur pour sa demande.")).toBe(false)
  })

  it('does not take asking the avatar must not do, or the user does, or that comes later, for asking', () => {
    expect(asksSomething('Do not ask for their password; just welcome them.')).toBe(false)
    expect(asksSomething('If the user asks why, explain that it protects their account.')).toBe(false)
    expect(asksSomething('Tell the user we will ask for a photo ID in the next step.')).toBe(false)
  })

  it('does not take an action the user is to take for asking: "have them look at the camera"', () => {
    expect(asksSomething('Have them look at the camera.')).toBe(false)
    expect(asksSomething('Have them spell their surname.')).toBe(true)
  })

  it('does not take verbatim speech that mentions asking for a question', () => {
    expect(asksSomething('Say: We will not ask you again.')).toBe(false)
  })
})

describe('hasExitCondition', () => {
  it('finds attempts, refusals and no answer', () => {
    expect(hasExitCondition('Move on after 3 attempts.')).toBe(true)
    expect(hasExitCondition('Stop if the user refuses.')).toBe(true)
    expect(hasExitCondition('If they do not answer, continue.')).toBe(true)
  })

  it('finds limits written without a refusal: "no more than twice", "would rather not say"', () => {
    expect(hasExitCondition('Do not ask more than twice.')).toBe(true)
    expect(hasExitCondition('Move on if they would rather not say.')).toBe(true)
  })

  it('finds exits in Spanish, German, French, Portuguese and Japanese', () => {
    expect(hasExitCondition('Si no responde después de 3 intentos, continúa.')).toBe(true)
    expect(hasExitCondition('Falls er nicht antwortet, fahre fort.')).toBe(true)
    expect(hasExitCondition("S'il ne répond pas, passe à la suite.")).toBe(true)
    expect(hasExitCondition('Se ele não responder, siga em frente.')).toBe(true)
    expect(hasExitCondition('3回答えがなければ次に進んでください。')).toBe(true)
  })

  it('finds none in a goal that only asks', () => {
    expect(hasExitCondition('Greet the user warmly and confirm they are ready.')).toBe(false)
    expect(hasExitCondition('Ask for the email address they signed up with.')).toBe(false)
  })

  it('does not match an exit word inside another word', () => {
    expect(hasExitCondition('Explain the stopover fees and the exits of the building.')).toBe(false)
  })
})

describe('hasConditionalLogic', () => {
  it('finds two cases in one goal: "If recognized, do X. If not, do Y."', () => {
    expect(hasConditionalLogic('If the user was recognized, greet them by full name. If not, ask for their name.')).toBe(true)
    expect(hasConditionalLogic('If {name} is known, greet them by name, else greet them generically.')).toBe(true)
  })

  it('finds two cases in German, French, Spanish and Japanese', () => {
    expect(hasConditionalLogic('Wenn der Nutzer erkannt wurde, begrüße ihn, sonst frage nach seinem Namen.')).toBe(true)
    expect(hasConditionalLogic("Si l'utilisateur est reconnu, salue-le ; sinon, demande-lui son nom.")).toBe(true)
    expect(hasConditionalLogic('Si el usuario fue reconocido, salúdalo. Si no, pregúntale su nombre.')).toBe(true)
    expect(hasConditionalLogic('認識された場合は名前で挨拶し、そうでない場合は名前を尋ねてください。')).toBe(true)
  })

  it('does not count the conditions of an exit, which FaceSign asks every goal to have', () => {
    expect(hasConditionalLogic('Ask for their date of birth. If they refuse or if they do not answer after 3 attempts, move on.')).toBe(false)
  })

  it('does not take one condition, or "anything else", for a branch', () => {
    expect(hasConditionalLogic('If the user asks why, explain that it protects their account.')).toBe(false)
    expect(hasConditionalLogic('Ask if there is anything else they need.')).toBe(false)
  })

  it('never finds a branch in verbatim speech', () => {
    expect(hasConditionalLogic("Say: If you're a new user, create an account. If not, contact support.")).toBe(false)
  })
})
