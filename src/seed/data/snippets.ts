import type { DemoSnippet } from './types'

/**
 * Reusable blocks appended to the end of an item's body (items list them in `snippets`).
 * Phone numbers in the 555-01xx range are fictional; 911, 988 and 1-800-QUIT-NOW are real.
 */
export const demoSnippets: DemoSnippet[] = [
  {
    key: 'when-to-call-911',
    title: 'When to call 911',
    paragraphs: [
      'Call 911 right away if you or someone near you has signs of a stroke or heart attack. Do not drive yourself to the hospital.',
      '## Stroke: think BE FAST',
      '- Balance: sudden loss of balance or dizziness',
      '- Eyes: sudden trouble seeing',
      '- Face: one side of the face droops',
      '- Arms: one arm is weak or numb',
      '- Speech: words are slurred or hard to understand',
      '- Time: call 911 and note the time the signs started',
      '## Heart attack',
      '- Chest pain, pressure or squeezing that lasts more than a few minutes or comes back',
      '- Pain in the arm, back, neck, jaw or stomach',
      '- Shortness of breath, cold sweat, nausea or feeling lightheaded',
    ],
    paragraphsEs: [
      'Llame al 911 de inmediato si usted o alguien cerca tiene señales de un derrame cerebral o de un ataque al corazón. No maneje usted mismo al hospital.',
      '## Derrame cerebral: recuerde RÁPIDO',
      '- Pérdida repentina del equilibrio o mareo',
      '- Problemas repentinos para ver',
      '- Un lado de la cara se cae',
      '- Un brazo está débil o adormecido',
      '- Habla arrastrada o difícil de entender',
      '- Llame al 911 y anote la hora en que empezaron las señales',
      '## Ataque al corazón',
      '- Dolor, presión o apretón en el pecho que dura más de unos minutos o que regresa',
      '- Dolor en el brazo, la espalda, el cuello, la mandíbula o el estómago',
      '- Falta de aire, sudor frío, náuseas o sensación de desmayo',
    ],
  },
  {
    key: 'medical-disclaimer',
    title: 'Medical disclaimer',
    paragraphs: [
      'This information does not replace advice from your doctor or care team. Talk with them about your own health and before you change any treatment. If you think you have an emergency, call 911.',
    ],
    paragraphsEs: [
      'Esta información no reemplaza los consejos de su médico o de su equipo de atención. Hable con ellos sobre su salud y antes de cambiar cualquier tratamiento. Si cree que tiene una emergencia, llame al 911.',
    ],
  },
  {
    key: 'book-appointment',
    title: 'Book an appointment',
    paragraphs: [
      'Ready to take the next step? Book a visit online in the patient portal or call 1-800-555-0142, Monday to Friday, 7 a.m. to 7 p.m. Many visits are also available by video.',
    ],
    paragraphsEs: [
      '¿Listo para dar el siguiente paso? Haga su cita en línea en el portal del paciente o llame al 1-800-555-0142, de lunes a viernes, de 7 a. m. a 7 p. m. Muchas consultas también se pueden hacer por video.',
    ],
  },
  {
    key: 'spanish-help-line',
    title: 'Se habla español / Spanish-language help line',
    paragraphs: [
      'Se habla español. Our Spanish-language help line can answer questions, book visits and connect you with an interpreter at no cost. Call 1-800-555-0177.',
    ],
    paragraphsEs: [
      'Se habla español. Nuestra línea de ayuda en español puede responder sus preguntas, hacer citas y conseguirle un intérprete sin costo. Llame al 1-800-555-0177.',
    ],
  },
  {
    key: 'crisis-line-988',
    title: 'Crisis line 988',
    paragraphs: [
      'If you are thinking about hurting yourself or feel you cannot go on, help is here now. Call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time, day or night. You can also chat at 988lifeline.org.',
      'Veterans can call 988 and press 1. If you are in danger right now, call 911.',
    ],
    paragraphsEs: [
      'Si está pensando en hacerse daño o siente que no puede seguir, hay ayuda ahora mismo. Llame al 988 y oprima 2 para hablar en español, o envíe un mensaje de texto con la palabra AYUDA al 988. Es gratis y atienden a cualquier hora.',
      'Si está en peligro en este momento, llame al 911.',
    ],
  },
  {
    key: 'quit-smoking-line',
    title: 'Free help to quit smoking',
    paragraphs: [
      'Quitting smoking is one of the most helpful things you can do for your lungs and heart. For free coaching, call 1-800-QUIT-NOW (1-800-784-8669). Ask your care team about medicines that can help.',
    ],
    paragraphsEs: [
      'Dejar de fumar es una de las cosas que más ayudan a sus pulmones y a su corazón. Para recibir apoyo gratis en español, llame al 1-855-DÉJELO-YA (1-855-335-3569). Pregunte a su equipo de atención sobre medicinas que pueden ayudar.',
    ],
  },
]
