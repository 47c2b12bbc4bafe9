/**
 * Prompts labelled by hand, to measure the prompt heuristics of `src/prompts.ts` against.
 *
 * Each label was given by reading the prompt as FaceSign's docs define the concept, not by running the
 * heuristic (FACESIGN.md, authoring rules 4 to 6):
 *
 * - `asks`: as written, the prompt needs an answer from the user: a question put to them, or a goal
 *   to get information, a decision or a confirmation from them. A rhetorical question, a question
 *   quoted inside a statement, or a mention of asking later does not count.
 * - `exit`: the prompt says when to stop trying and move on without the goal met: a number of
 *   attempts, a refusal, no answer, the user not knowing, a time limit.
 * - `branches`: the prompt makes the avatar choose between courses of action by case ("If recognized,
 *   do X. If not, do Y."), as FaceSign's rule 4 forbids. A single condition to give up (an exit) is not
 *   a branch, and verbatim `Say:` text is spoken to the user as is, so its "if" is never a branch.
 *
 * A prompt lists only the labels that hold for it.
 */

export type PromptLabel = 'asks' | 'exit' | 'branches'

export interface LabelledPrompt {
  readonly prompt: string
  readonly labels: readonly PromptLabel[]
}

function labelled(source: readonly (readonly [string, ...PromptLabel[]])[]): LabelledPrompt[] {
  return source.map(([prompt, ...labels]) => ({ prompt, labels }))
}

/** From the seeds (/work/shared/seeds), FACESIGN.md and the rule docs' examples. */
const documented = labelled([
  ['Greet them by full name and ask DOB. Use their full name, not just first name.', 'asks'],
  ["Say: Welcome! What's your name?", 'asks'],
  ['Say: Hi! I need to verify your identity to help you recover your account. It only takes a few seconds. Ready?', 'asks'],
  ["Say: I've confirmed your face matches our records. For additional security, can you tell me the email address associated with your account?", 'asks'],
  ["Say: I wasn't able to find a matching account. If you're a new user, you'll need to create an account first. If you believe this is an error, please contact our support team."],
  ["Say: You're all set! We'll send you a password reset link shortly. Thanks!"],
  ['If the user was recognized, greet them by full name. If not, ask for their name.', 'asks', 'branches'],
  ['If the user was recognized, greet them by full name. If not, ask for their name. Stop after 3 attempts.', 'asks', 'exit', 'branches'],
  ['Ask for their date of birth. If the user does not respond after 3 attempts, move on.', 'asks', 'exit'],
  ['Greet the user as {name} and ask for their date of birth.', 'asks'],
  ['Greet the user as {name} and ask for their date of birth. Move on if they do not answer after 3 attempts.', 'asks', 'exit'],
  ['Greet the user by full name. Stop after 3 attempts.', 'exit'],
  ["Say: Nice to meet you! You're all set."],
  ['Ask the user for their date of birth; move on after 3 attempts.', 'asks', 'exit'],
  ['Say: Anything else?', 'asks'],
  ['Say: Ready?', 'asks'],
  ['Say: We will not ask you again.'],
  ['Thank the user warmly.'],
  ['If they are a returning user, welcome them back; otherwise explain the steps.', 'branches'],
  ['Ask for their date of birth. Move on if they refuse.', 'asks', 'exit'],
  ["Say: Thank you! You're all set."],
  ['Say: Hi! Ready?', 'asks'],
  ["Say: Welcome back! We'll email you a reset link."],
  ["Say: I couldn't find a matching account. Please contact our support team."],
])

/** From the flows in examples/. */
const examples = labelled([
  ['Ask the user for their current occupation and the main source of the money they plan to deposit. A short answer is enough. Move on when they do not answer after 3 attempts.', 'asks', 'exit'],
  ['Say: Done. Your transfer is on its way and you will get a confirmation by SMS shortly. Thanks for banking with Northwind.'],
  ['Say: Everything checks out. Do you confirm that you want to send this transfer now?', 'asks'],
  ["Say: Hi {name}, before we send this transfer we need to make sure it's really you. This takes less than a minute, so please keep your face in view of the camera while we talk."],
  ["Say: Hi {name}, welcome to Northwind Bank! I'm going to help you open your account. We'll scan a photo ID and take a quick look at your face, which takes about two minutes. Shall we begin?", 'asks'],
  ["Say: I couldn't get a clear look at you. Please face the camera in good light, remove sunglasses or a hat, and hold still for a moment. Ready to try again?", 'asks'],
  ["Say: I couldn't get a clear read from your camera. Please move somewhere well lit and look straight at the screen. Are you ready to try again?", 'asks'],
  ["Say: I couldn't match your face to the account holder on file, so this transfer is on hold. Our fraud team will contact you within one business day."],
  ['Say: No problem. You can come back and scan your document at any time from the link in your email.'],
  ['Say: No problem. You can start again whenever you are ready from the link in your email.'],
  ['Say: Okay, the transfer has been cancelled and no money has left your account.'],
  ["Say: Thank you, {name}. Your identity is verified and your account is being opened. You'll get a confirmation email within a few minutes."],
  ['Say: Thank you. You need to be at least 18 to open this account, so we cannot continue today. We have not kept a copy of your document.'],
  ["Say: Thanks for your patience. We couldn't finish every check automatically, so a member of our team will review your application and email you within one business day."],
  ["Say: Thanks, your code checks out. I'm running a final security check on this transfer now. It usually takes just a few seconds."],
  ['Say: Thanks. This transfer needs a quick manual review, so it is on hold for now. We will text you as soon as it is released.'],
  ['Say: The scan timed out before I could read your document. Hold it flat, fill the frame with the whole card and avoid glare from lights. Would you like to try again?', 'asks'],
  ['Say: We could not verify this request, so the transfer has been stopped and your account is protected. Please call the number on the back of your card.'],
  ["Say: We couldn't complete the security check, so the transfer is paused. Please try again from the app in a few minutes or call us."],
  ['Say: We need your camera and microphone to verify your identity. You can allow them in your browser settings and open the link again whenever you are ready.'],
  ["Say: We weren't able to verify this session, so we can't continue with your application. Please visit a branch with your photo ID."],
  ['We need your camera and microphone to verify your identity.'],
  ["Say: Hi there! Let's get you back into your account. I'll ask for the email address you signed up with, send you a short code, and then take a quick look at your face."],
  ['Say: Hi there! Please look at the camera for a moment while I get things ready. This only takes a few seconds.'],
  ["Say: I'm sorry, we couldn't confirm it's you, so we can't restore access right now. Please contact support from the help page."],
  ['Say: No problem, nothing has changed on your account. You can start the recovery again at any time.'],
  ['Say: Something went wrong on our side. Please try again in a few minutes.'],
  ['Say: Thank you, that is everything I needed. Goodbye!'],
  ['Say: Thanks! And what is your date of birth?', 'asks'],
  ["Say: That doesn't look like a complete email address. Let's try typing it once more, including the part after the at sign."],
  ["Say: We couldn't deliver the code to that address. Please check it for typos and start the recovery again."],
  ["Say: You're all set! We've signed you in, and you can choose a new password on the next screen."],
  ['Type the email address you use to sign in.', 'asks'],
])

/** Written for this set: the prompts flow authors write, in English. */
const english = labelled([
  // Verbatim questions and statements.
  ['Say: Could you spell your last name for me, please?', 'asks'],
  ['Say: Is this the phone number you want us to use?', 'asks'],
  ['Say: Please tell me your date of birth.', 'asks'],
  ['Say: Please state your full legal name, as it appears on your ID.', 'asks'],
  ['Say: Before we continue, do you agree to the recording of this session for verification purposes?', 'asks'],
  ['Say: Which document would you like to use today: a passport or a driving licence?', 'asks'],
  ['Say: Thanks for waiting. Your verification is complete and you can close this window.'],
  ['Say: Great, that matches what we have on file.'],
  ['Say: One moment while I check that.'],
  ['Say: Your request has been received and our team will review it within two business days.'],
  ['Say: We have sent a six-digit code to {email}. Enter it on the next screen.'],
  ['Say: Goodbye, and thank you for choosing Acme Bank.'],
  ['Say: Your session has expired. Please start again from the link in your email.'],
  ['Say: Thanks, {name}. I can see you clearly now.'],
  ['Say: Hello {name}! Nice to see you again. Let me take a quick look to confirm it is you.'],
  ['Say: We only ask for this information once, and we never share it with anyone.'],
  ['Say: If you have any questions later, you can reach us at support@acme.example.'],
  ['Say: If you change your mind, you can restart the verification at any time.'],
  ['Say: You asked for a callback. Someone from our team will call you today.'],
  ['Say: Unless you hear from us, your account will be active tomorrow morning.'],
  ['Say: Your documents are being checked. This may take up to a minute, so please stay on this screen.'],
  ['Say: Hi! Before we start, could you make sure you are in a well lit place?', 'asks'],
  ['Say: Almost done. What is the name of the street you grew up on?', 'asks'],
  ['Say: Do you have your passport with you?', 'asks'],
  ['Say: To keep your account safe, we verify every large transfer. It only takes a moment.'],
  ['Say: Welcome to Acme! I am your virtual assistant and I will guide you through a short identity check.'],
  ['Say: Got it, thank you.'],
  ['Say: Sorry, I did not catch that. Could you repeat your postcode?', 'asks'],
  ['Say: That is all for today. Have a great day!'],
  ['Say: We could not reach the verification service. Please try again later.'],
  // Questions quoted inside statements, rhetorical questions, question marks that are not questions.
  ['Say: Some people ask us "why do you need my face?" The answer is simple: it keeps your account safe.'],
  ['Say: If a caller ever asks "can you read me the code?", hang up: we never ask for it.'],
  ['Say: Details about how we handle your data are at https://acme.example/privacy?lang=en and in your welcome email.'],
  ['Say: Who likes long forms? Not us. That is why this check takes less than a minute.'],
  ['Say: Ever wondered why we check your face? It is the safest way to keep your money yours. Thanks for your time!'],
  ['Say: Your reference is ACME-22?B. Keep it for your records.'],
  // Goal prompts that ask, with and without exits.
  ['Ask for the email address they signed up with.', 'asks'],
  ['Ask the user to confirm their postcode. If they do not know it after 2 attempts, move on.', 'asks', 'exit'],
  ['Collect the user’s full name and date of birth. Give up after three tries.', 'asks', 'exit'],
  ['Find out which country issued their passport.', 'asks'],
  ['Politely ask the user why they are opening the account.', 'asks'],
  ['Greet the user warmly, introduce yourself as Ava, and ask whether they are ready to begin. If they say no or stay silent twice, move on.', 'asks', 'exit'],
  ['Request the last four digits of the card on file. Stop if the user refuses.', 'asks', 'exit'],
  ['Get the user’s phone number, including the country code.', 'asks'],
  ['Ask the user for the purpose of the transfer. Accept any answer, and move on if they would rather not say.', 'asks', 'exit'],
  ['Ask them to describe the last transaction they made. After two unsuccessful attempts, continue to the next step.', 'asks', 'exit'],
  ['Confirm with the user that they want to close their account.', 'asks'],
  ['Check whether the user still lives at {address}.', 'asks'],
  ['Ask the user to spell their surname. Do not ask more than twice.', 'asks', 'exit'],
  ['Ask the user to say the code shown on their screen. If they cannot read it, move on.', 'asks', 'exit'],
  ['Ask the user for their employer’s name. Skip the question if they are unemployed or prefer not to answer.', 'asks', 'exit'],
  ['Greet the user warmly and confirm they are ready.', 'asks'],
  ['Greet the user and then ask if they have their ID at hand.', 'asks'],
  ['Explain that we need to check their identity, then ask for their consent.', 'asks'],
  ['Make sure to ask for their middle name as well.', 'asks'],
  ['Your goal is to collect the user’s tax identification number. Stop after 3 attempts without a valid answer.', 'asks', 'exit'],
  ['Have the user read out the six-digit code from their authenticator app.', 'asks'],
  ['Ask the user what they would like to do today: reset their password, unlock their account or update their email.', 'asks'],
  ['Find out whether the transfer was authorised by the user. If they are unsure after 2 questions, end the conversation politely.', 'asks', 'exit'],
  ['Ask the user for their date of birth in day, month, year order. Spend no more than 30 seconds on this.', 'asks', 'exit'],
  ['Ask once for a second phone number and accept whatever they say, including no answer.', 'asks', 'exit'],
  // Goal prompts that do not ask.
  ['Thank the user for their request.'],
  ['Thank the user for their request and tell them we will email them within a day.'],
  ['Greet the user by name and explain that the check takes about a minute.'],
  ['Explain the next steps: a document scan and a quick selfie.'],
  ['Tell the user that their account is now unlocked.'],
  ['Apologise for the wait and let the user know an agent will call them back.'],
  ['Wish the user a nice day and say goodbye.'],
  ['Reassure the user that their data is stored securely and deleted after 30 days.'],
  ['Summarise what the user told you and thank them for their patience.'],
  ['Tell the user we will ask for a photo ID in the next step.'],
  ['Let the user know that we never ask for their password.'],
  ['Do not ask for their password or PIN under any circumstances; just welcome them.'],
  ['If the user asks why we need a selfie, explain that it protects their account.'],
  ['Introduce yourself as the Acme assistant and describe the verification in one sentence.'],
  ['Thank the user and tell them the transfer request has been sent for review.'],
  ['Welcome the user back and mention that their last request was completed.'],
  ['Explain that requests over $10,000 need an extra check.'],
  ['Greet the user warmly.'],
  ['Tell the user the session is about to end, and thank them.'],
  ['Explain calmly that the liveness check could not be completed, without blaming the user.'],
  // Goal prompts with conditional logic, and with conditions that are not branches.
  ['If the user is a business customer, ask for the company registration number; otherwise ask for their national ID number.', 'asks', 'branches'],
  ['If the document is a passport, ask for the issuing country. If it is a driving licence, ask for the issuing state.', 'asks', 'branches'],
  ['Greet the user. If they were here before, welcome them back; if not, explain the steps.', 'branches'],
  ['If {name} is known, greet them by name, else greet them generically.', 'branches'],
  ['Ask for their email. If they don’t have one, ask for a phone number instead. Stop after 3 attempts.', 'asks', 'exit', 'branches'],
  ['If the user is over 18, explain the account options. If they are under 18, tell them a parent must open the account.', 'branches'],
  ['In case the user sounds confused, explain the process again; otherwise move to the questions.', 'branches'],
  ['Ask for their date of birth. If they refuse or if they do not answer after 3 attempts, move on.', 'asks', 'exit'],
  ['Ask for their postcode. If they do not know it, move on.', 'asks', 'exit'],
  ['Ask whether they are ready. Unless they agree after 2 attempts, move on.', 'asks', 'exit'],
  ['Ask the user if they are the account holder, and stop after 3 attempts.', 'asks', 'exit'],
  ['Verify the identity of the user, clarify any difference, and stop after 3 attempts.', 'asks', 'exit'],
  ['If the transfer is above {limit}, explain the extra review; otherwise thank the user and say the transfer is on its way.', 'branches'],
  ['Ask the user for their account number. If it has fewer than 8 digits, ask again; if it is still wrong after 3 attempts, move on.', 'asks', 'exit'],
  ['Welcome the user. Unless they are a returning customer, explain how the check works; if they are, skip the explanation.', 'branches'],
  ['If the user wants to talk to a human, tell them an agent will call them; if they want to continue, ask for their email. Give up after 3 tries.', 'asks', 'exit', 'branches'],
  ['Ask the user if they are ready. If they say yes, tell them to look at the camera. If they say no, tell them to take their time.', 'asks', 'branches'],
  ['Ask if they want an SMS or an email code.', 'asks'],
  ['If the user already has an account, ask for their username. If they are new, ask for their full name.', 'asks', 'branches'],
  ['Ask how they would like to receive the code. If they pick SMS, confirm their phone number; if they pick email, confirm their email address.', 'asks', 'branches'],
  ['If it is before noon, greet the user with "Good morning", otherwise with "Hello".', 'branches'],
  ['When the user sounds upset, apologise first; when they sound calm, go straight to the questions.', 'branches'],
  ['If the user speaks Spanish, continue in Spanish. If not, continue in English.', 'branches'],
  ['Ask for their customer number, or their email if they do not have it at hand. Stop after 3 attempts.', 'asks', 'exit', 'branches'],
  ['Ask the user whether the address on file is still correct; if the user does not reply after 3 attempts, continue.', 'asks', 'exit'],
])

/** Written for this set: prompts in other languages. */
const otherLanguages = labelled([
  // Spanish
  ['Say: ¿Cuál es tu fecha de nacimiento?', 'asks'],
  ['Say: Hola {name}, gracias por esperar. Tu identidad ha sido verificada.'],
  ['Say: ¿Estás listo para empezar?', 'asks'],
  ['Pregunta al usuario su correo electrónico. Si no responde después de 3 intentos, continúa.', 'asks', 'exit'],
  ['Pide al usuario su número de teléfono.', 'asks'],
  ['Agradece al usuario su solicitud.'],
  ['Saluda al usuario por su nombre y explica los siguientes pasos.'],
  ['Si el usuario fue reconocido, salúdalo por su nombre. Si no, pregúntale su nombre.', 'asks', 'branches'],
  ['Say: Lo siento, no pudimos verificar tu identidad. Por favor, contacta con soporte.'],
  ['Pregúntale al usuario si tiene su pasaporte a mano. Si se niega a responder, sigue adelante.', 'asks', 'exit'],
  // German
  ['Say: Wie lautet Ihr Geburtsdatum?', 'asks'],
  ['Say: Vielen Dank! Ihre Identität wurde bestätigt.'],
  ['Frage den Nutzer nach seiner E-Mail-Adresse. Nach 3 erfolglosen Versuchen weiter zum nächsten Schritt.', 'asks', 'exit'],
  ['Bitte den Nutzer um seine Telefonnummer.', 'asks'],
  ['Bedanke dich beim Nutzer für seine Anfrage.'],
  ['Begrüße den Nutzer herzlich und erkläre den Ablauf.'],
  ['Wenn der Nutzer erkannt wurde, begrüße ihn mit Namen, sonst frage nach seinem Namen.', 'asks', 'branches'],
  ['Say: Sind Sie bereit?', 'asks'],
  ['Frag nach dem Geburtsort des Nutzers. Falls er nicht antwortet, fahre fort.', 'asks', 'exit'],
  // French
  ['Say: Quel est votre nom de famille ?', 'asks'],
  ['Say: Merci, votre vérification est terminée. Bonne journée !'],
  ['Demande à l’utilisateur son adresse e-mail. S’il ne répond pas après 3 tentatives, passe à la suite.', 'asks', 'exit'],
  ["Remercie l'utilisateur pour sa demande."],
  ['Salue chaleureusement l’utilisateur et explique les prochaines étapes.'],
  ["Si l'utilisateur est reconnu, salue-le par son nom ; sinon, demande-lui son nom.", 'asks', 'branches'],
  ['Say: Êtes-vous prêt à commencer ?', 'asks'],
  // Portuguese
  ['Say: Qual é a sua data de nascimento?', 'asks'],
  ['Say: Obrigado! Sua identidade foi confirmada.'],
  ['Pergunte ao usuário o seu e-mail. Se ele não responder após 3 tentativas, siga em frente.', 'asks', 'exit'],
  ['Agradeça ao usuário pelo pedido.'],
  ['Cumprimente o usuário pelo nome e explique como funciona a verificação.'],
  ['Peça ao usuário o número do documento.', 'asks'],
  ['Say: Você está pronto para começar?', 'asks'],
  // Italian
  ['Say: Qual è il suo codice fiscale?', 'asks'],
  ['Say: Grazie, la verifica è completa.'],
  // Japanese
  ['Say: お名前を教えていただけますか？', 'asks'],
  ['Say: 準備はできましたか。', 'asks'],
  ['Say: ご協力ありがとうございました。本人確認が完了しました。'],
  ['ユーザーに生年月日を尋ねてください。3回答えがなければ次に進んでください。', 'asks', 'exit'],
  ['ユーザーにお礼を伝えてください。'],
  ['Say: 申し訳ありません。本人確認ができませんでした。サポートにお問い合わせください。'],
  // Chinese and Korean
  ['Say: 请问您的出生日期是什么？', 'asks'],
  ['Say: 谢谢，您的身份已验证。'],
  ['Say: 생년월일을 말씀해 주시겠어요?', 'asks'],
  ['Say: 감사합니다. 본인 확인이 완료되었습니다.'],
])

/**
 * Written after the heuristics were tuned on the groups above, and not tuned on: how the heuristics do
 * on prompts they were not shaped by.
 */
const unseen = labelled([
  ['Say: Hey {name}! Good to have you back. Shall we get started with a quick face check?', 'asks'],
  ['Say: Can you hold your ID card up to the camera, with the photo side facing me?', 'asks'],
  ['Say: Perfect, I have everything I need. Your new card will arrive within five working days.'],
  ['Say: Quick question before we finish: was this your first time using video verification?', 'asks'],
  ['Say: Thanks, {name}! We have noted your new address and will send a letter to confirm it.'],
  ['Say: Your appointment is booked for Monday at 10 am. See you then!'],
  ['Say: For your security, this session is recorded. Let us begin.'],
  ['Say: Sorry, that code has expired. We are sending you a new one now.'],
  ['Say: Which is more convenient for you, a call in the morning or in the afternoon?', 'asks'],
  ['Say: Nothing else is needed from you today. Enjoy the rest of your day!'],
  ['Ask the user which branch they usually visit. After 2 attempts without an answer, move on.', 'asks', 'exit'],
  ['Greet {name} and ask them to confirm the amount of the transfer.', 'asks'],
  ['Kindly ask the user to remove their glasses, and move on if they decline.', 'asks', 'exit'],
  ['Explain that the code is valid for five minutes and that a new one can be sent.'],
  ['Tell the user their application was approved and congratulate them.'],
  ['Gather the name of their employer and their job title; stop after three attempts if they cannot answer.', 'asks', 'exit'],
  ['Find out if the user is travelling abroad in the next month.', 'asks'],
  ['Thank the user for their patience while the request is processed.'],
  ['Let the user know their request to change their phone number has been received.'],
  ['Acknowledge the user’s request for a new card and explain it will be posted today.'],
  ['If the user is calling about a lost card, ask when they last used it; if it is about a payment, ask for the amount. Move on after 3 attempts.', 'asks', 'exit', 'branches'],
  ['When the user is a minor, explain that a guardian must be present; otherwise continue with the questions.', 'branches'],
  ['Ask the user whether they recognise the payment of {amount}. If they are not sure after 2 attempts, move on.', 'asks', 'exit'],
  ['Say: ¿Podrías decirme tu número de cliente?', 'asks'],
  ['Say: Gracias por tu paciencia. Tu cuenta está lista.'],
  ['Pregunta al usuario por el motivo de la transferencia y sigue adelante si no quiere responder.', 'asks', 'exit'],
  ['Say: Haben Sie Ihren Ausweis zur Hand?', 'asks'],
  ['Erkläre dem Nutzer kurz, warum wir sein Gesicht prüfen.'],
  ['Say: Pouvez-vous rapprocher votre visage de la caméra ?', 'asks'],
  ['Explique à l’utilisateur que la vérification prend une minute.'],
  ['Say: Obrigado pela sua paciência, tudo certo com a sua conta.'],
  ['Say: 続けてもよろしいですか？', 'asks'],
  ['Say: ありがとうございます。少々お待ちください。'],
  ['Say: Lovely to meet you, {name}. Before we carry on, may I ask what brings you here today?', 'asks'],
  ['Say: All done! Your limit has been raised to 5,000 euros.'],
  ['Say: Just to double-check, your email is {email}, right?', 'asks'],
  ['Say: Hmm, I did not quite get that.'],
  ['Say: Please look straight into the camera and keep still for three seconds.'],
  ['Remind the user that the bank will never ask for their PIN, and wish them a good day.'],
  ['Ask the user to describe the item they bought. If they do not remember after two attempts, move on.', 'asks', 'exit'],
  ['Find out the user’s preferred language and continue in it; stop asking after 3 attempts.', 'asks', 'exit'],
  ['Request confirmation of the delivery address.', 'asks'],
  ['Tell the user what happens next, and answer any question they may have.'],
  ['Inform the user that their request for a limit increase was declined.'],
  ['Apologise that the check failed and tell them they can try again tomorrow.'],
  ['If the user says they are in a hurry, keep the explanation short; if not, explain each step in detail.', 'branches'],
  ['Collect the user’s annual income as a range. Accept "prefer not to say" and move on.', 'asks', 'exit'],
  ['Say: ¿Nos confirma que desea continuar?', 'asks'],
  ['Saluda al usuario y pregúntale si está listo para empezar.', 'asks'],
  ['Say: Alles erledigt. Sie können das Fenster jetzt schließen.'],
  ['Demandez à l’utilisateur de confirmer son numéro de téléphone. Après deux tentatives sans réponse, continuez.', 'asks', 'exit'],
  ['Say: Pode confirmar o seu nome completo, por favor?', 'asks'],
  ['Say: ご本人様確認のため、生年月日をお聞かせください。', 'asks'],
])

/** The prompts written after the heuristics were tuned. */
export const unseenPrompts: readonly LabelledPrompt[] = unseen

/** Every labelled prompt. */
export const labelledPrompts: readonly LabelledPrompt[] = [...documented, ...examples, ...english, ...otherLanguages, ...unseen]

/** Outcome conditions labelled `exit` when they cover the user giving up, refusing or not answering. */
export const labelledConditions: readonly LabelledPrompt[] = labelled([
  ['The user refused or did not answer', 'exit'],
  ['The user could not provide an email address or refused', 'exit'],
  ['The user declines or wants to stop', 'exit'],
  ['The user declines, hesitates or asks to cancel', 'exit'],
  ['The user refused or did not answer after 3 attempts', 'exit'],
  ["The user doesn't know their postcode", 'exit'],
  ['No answer after three tries', 'exit'],
  ['The user stays silent', 'exit'],
  ['The user would rather not say', 'exit'],
  ['El usuario se niega o no responde', 'exit'],
  ['User provided date of birth'],
  ['User has responded or acknowledged'],
  ['The user gave their date of birth'],
  ['The user confirms the transfer'],
  ['The user provided an email address'],
  ['The user is ready to try again'],
  ['The user named an occupation and a source of funds'],
  ['The user agrees to begin'],
  ['User responded'],
  ['The email address is well formed'],
])
