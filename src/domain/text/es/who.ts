// Who may ask, in Spanish: personal representatives and what proof to bring, a patient who died,
// minors' confidential care (with each state's rules) and substance-use records (42 CFR Part 2).
import type {
  minorRules as enMinorRules,
  minors as enMinors,
  part2 as enPart2,
  representatives as enRepresentatives,
} from "../en/who.js";

const proof = {
  parent:
    "un documento que muestre que usted es el padre o la madre o que tiene la custodia (por ejemplo el acta de nacimiento, o la orden de custodia si la hay)",
  guardian: "la orden del tribunal que le nombra tutor legal",
  personal_representative:
    "su poder médico (poder notarial para decisiones de salud) y cualquier prueba de incapacidad que el documento pida para entrar en vigor",
  executor:
    "las cartas testamentarias o de administración del tribunal de sucesiones, y una copia certificada del acta de defunción",
};

export const representatives: typeof enRepresentatives = {
  proof,
  guardian: `Como tutor legal, usted actúa por el paciente en lo que la orden del tribunal cubre sobre decisiones de salud. Lleve ${proof.guardian}.`,
  agent: `Como agente con poder médico, puede usar el derecho de acceso del paciente para los expedientes que tienen que ver con las decisiones que el poder le permite tomar, una vez que el poder está en vigor. Lleve ${proof.personal_representative}.`,
  executor: `Como albacea o administrador de la herencia, usted actúa por el paciente. Lleve ${proof.executor}.`,
  parentAgeUnknown:
    "Un padre o una madre actúa por un hijo menor de 18 años que no está emancipado. Para un hijo adulto, necesita la propia solicitud del hijo, un poder médico en vigor o una tutela. ¿Cuántos años tiene el paciente?",
  parentOfMinor: `Como padre o madre de un menor, normalmente usted actúa por su hijo con el derecho de acceso, menos en la atención que su hijo podía recibir por su cuenta (vea abajo). Lleve ${proof.parent}.`,
  emancipatedChild:
    "Su hijo está emancipado, así que actúa por su cuenta y sus padres no son sus representantes personales. Puede pedir los expedientes y compartirlos, o firmar una autorización HIPAA que le nombre a usted.",
  adultChild:
    "Su hijo es mayor de edad, así que ser su padre o su madre no le permite pedir sus expedientes. Necesita una de estas cosas: su propia solicitud (su hijo puede pedirlos y compartir la copia, o firmar una autorización HIPAA que le nombre a usted), un poder médico en vigor, o una orden de tutela.",
  guardianshipEnded:
    "Una tutela termina cuando la persona fallece, así que la orden del tribunal ya no le permite pedir los expedientes.",
  agentEnded:
    "Su autoridad con el poder médico terminó cuando el paciente falleció, así que ya no le permite pedir los expedientes.",
  afterDeathOnly: (ended) =>
    `${ended} Después de la muerte, solo el albacea o administrador de la herencia, o la persona que nombre la ley del estado, puede actuar por el paciente.`,
  whoAfterDeath:
    "Para un paciente que falleció, pueden pedir los expedientes el albacea o administrador de la herencia, o la persona que nombre la ley del estado.",
  protected50:
    "Los expedientes de una persona siguen protegidos 50 años después de su muerte. El albacea o administrador actúa como su representante personal.",
  sendToYou: "Pida que le envíen la copia a usted, a su propia dirección o correo electrónico, no a los del paciente.",
  afterDeath: {
    IL: "En Illinois pueden pedir los expedientes de un paciente que falleció el albacea o administrador, o un agente con el poder médico del paciente. Si no hay ninguno, puede pedirlos el cónyuge que sobrevive; y si no hay cónyuge, un hijo adulto, el padre o la madre, o un hermano o hermana adulto, firmando un formulario «Authorized Relative Certification», a menos que el paciente se haya opuesto por escrito.",
    GA: "En Georgia, si no se ha nombrado albacea ni administrador, los familiares pueden pedirlos en este orden: el cónyuge que sobrevive, después cualquier hijo, después el padre o la madre.",
  },
  afterDeathUnknown: (state) =>
    `${state ? `No tenemos una regla de ${state} sobre` : "La ley del estado decide"} quién puede pedirlos cuando no se ha nombrado albacea: pregunte en la oficina de expedientes o en el tribunal de sucesiones. Muchos estados nombran primero al cónyuge, después a los hijos adultos y después a los padres (por ejemplo, el orden de Georgia).`,
  noAuthority:
    "Solo el paciente o su representante personal legal tiene el derecho de acceso. Un familiar o amigo sin autoridad legal no puede usarlo. El paciente puede pedir los expedientes y compartirlos, o firmar una autorización HIPAA que le nombre a usted; un poder médico en vigor, o una tutela, también dan esa autoridad.",
  bringAsExecutor: `Qué llevar como albacea o administrador: ${proof.executor}.`,
  authorityEndsAtDeath:
    "La autoridad de un tutor legal o de un agente con poder médico termina cuando el paciente fallece.",
  bring: (what) => `Qué llevar: ${what}.`,
  bringAsParent: `Qué llevar como padre o madre: ${proof.parent}.`,
  notForAdultChild:
    "Un padre o una madre no actúa por un hijo adulto o emancipado: necesita la propia solicitud del hijo, un poder médico en vigor o una tutela.",
  noRightOfYourOwn:
    "Sin autoridad legal, usted no tiene un derecho de acceso propio. El paciente puede pedir los expedientes y compartirlos, o firmar una autorización HIPAA que le nombre a usted.",
  whoIsRepresentative:
    "Un representante personal es alguien con autoridad legal para tomar decisiones de salud por el paciente: un tutor legal, un agente con un poder médico en vigor, o el padre o la madre de un menor no emancipado.",
  notForMinorsOwnCare:
    "Un padre o una madre no actúa por la atención que el menor podía recibir legalmente por su cuenta, ni por la que aceptó mantener confidencial. En esos casos, la ley del estado decide si puede ver esos expedientes.",
  afterDeathGeneral:
    "Por una persona que falleció actúa el albacea o administrador (o la persona que nombre la ley del estado); la autoridad de un agente con poder médico termina con la muerte. Los expedientes siguen protegidos 50 años después de la muerte.",
  mayRefuseRepresentative:
    "Un proveedor puede negarse a tratar a alguien como representante si cree que esa persona ha hecho o podría hacer daño al paciente. También puede negar lo que pide un representante si un profesional con licencia juzga que el acceso podría causar un daño grave.",
};

export const minors: typeof enMinors = {
  parentActs:
    "Un padre o una madre normalmente actúa por un hijo menor de 18 años, pero no en la atención que el menor podía recibir legalmente por su cuenta (en muchos estados, anticonceptivos, pruebas de infecciones de transmisión sexual o consejería) ni cuando aceptó mantenerla confidencial. En esos casos, la ley del estado decide si puede ver esos expedientes.",
  mayDeclineParent:
    "Un proveedor también puede negarse a tratar al padre o a la madre como representante del menor si cree que el menor ha sufrido o podría sufrir daño, y puede negar su solicitud si un profesional con licencia juzga que el acceso podría causar un daño grave al menor o a otra persona. Esa negativa se puede revisar.",
  childConsented:
    "Usted dijo que estos expedientes son de atención que su hijo aceptó por su cuenta: pida a su hijo que los solicite, o que firme una autorización que le nombre a usted.",
  portalProxy:
    "Muchos portales limitan el acceso de los padres desde los 12 o 13 años, más o menos. Puede que tenga que pedir las copias a la oficina de expedientes, y puede que no incluyan la atención confidencial del adolescente.",
  teenDefault:
    "Normalmente puede pedir los expedientes de la atención que usted aceptó por su cuenta. Los detalles dependen de la ley de su estado, así que la oficina de expedientes puede hacerle preguntas.",
  privateChannel:
    "Puede pedir a la oficina que le envíe la copia, y que le llame o le escriba sobre esto, solo de la forma que usted elija (por ejemplo, recogerla en persona, o a su propio correo o teléfono). El proveedor debe aceptar un pedido razonable así.",
  billsMayGo:
    "Las facturas y los papeles del seguro pueden llegarle al padre o a la madre que tiene el seguro. Pregunte a la oficina y al plan de salud cómo mantenerlos en privado.",
  sudParent: (state) =>
    `${state} permite que un menor acepte por su cuenta un tratamiento por alcohol o drogas. Por eso, solo su hijo puede dar permiso para que un programa con fondos federales comparta esos expedientes, también con usted. Pida a su hijo que firme un consentimiento de la Parte 2.`,
  sudTeen: (state) =>
    `${state} le permite aceptar por su cuenta un tratamiento por alcohol o drogas. Por eso, solo usted puede dar permiso para que un programa con fondos federales comparta esos expedientes, con sus padres o con cualquier otra persona.`,
  sudUnconfirmed: (text, state) =>
    `${text} No pudimos confirmar la regla de ${state}, así que verifíquela con el programa.`,
  sudGeneral:
    "Donde la ley del estado permite que un menor acepte por su cuenta un tratamiento por alcohol o drogas, solo el menor puede dar permiso para que un programa con fondos federales comparta esos expedientes. Eso incluye compartirlos con sus padres. Donde hizo falta el permiso de los padres para el tratamiento, firman el menor y el padre o la madre.",
  majority: (state, age) =>
    `Puede que en ${state} la mayoría de edad sea a los ${age} años, no a los 18. Verifíquelo, porque hasta entonces un padre o una madre todavía podría actuar por el paciente.`,
  noState:
    "Muchas veces sí, para la atención que usted podía aceptar por su cuenta, pero depende de la ley de su estado: dígame el estado y le digo más.",
  parentGeneral:
    "Un padre o una madre actúa por un hijo menor de 18 años que no está emancipado. Pero no en la atención que el menor podía recibir legalmente por su cuenta, ni en la que aceptó mantener confidencial. En esos casos, la ley del estado decide si puede ver esos expedientes.",
  minorMayAsk:
    "Un menor puede pedir los expedientes de la atención que aceptó por su cuenta, y puede pedir que la copia y cualquier mensaje sobre ella le lleguen solo a él o a ella.",
  sudOnlyMinor:
    "Si el menor podía aceptar por su cuenta un tratamiento por alcohol o drogas, solo el menor puede dar permiso para que un programa con fondos federales comparta esos expedientes. Eso incluye compartirlos con sus padres.",
};

export const minorRules: typeof enMinorRules = {
  caTeenRecords:
    "En California usted puede obtener los expedientes de la atención que podía aceptar por su cuenta según la ley. Sus padres no tienen derecho a ver ni copiar esos expedientes.",
  caParentNotEntitled:
    "En California, el padre o la madre no tiene derecho a ver ni copiar los expedientes de la atención que el menor podía aceptar legalmente por su cuenta, y un proveedor puede negarse si el acceso haría daño al menor o a su relación con el menor.",
  caTeenCare:
    "En California, un menor normalmente puede aceptar por su cuenta anticonceptivos y atención del embarazo, a cualquier edad. Desde los 12 años también puede aceptar pruebas y tratamiento de ITS (infecciones de transmisión sexual), consejería sin internarse y tratamiento por alcohol o drogas. Confirme las reglas exactas con la oficina.",
  ilTeenMentalHealth:
    "En Illinois, desde los 12 años usted puede ver y copiar sus propios expedientes de salud mental. Sus padres pueden verlos solo si a usted se le avisa y no se opone, o si su terapeuta no encuentra un motivo fuerte para negarlo. A sus padres todavía se les puede decir su estado actual, su diagnóstico, lo que necesita de tratamiento y sus medicamentos.",
  ilParentTeenMentalHealth:
    "En Illinois, el padre o la madre de un adolescente de 12 a 17 años puede ver sus expedientes de salud mental solo si al adolescente se le avisa y no se opone, o si el terapeuta no encuentra un motivo fuerte para negarlo. Si se lo niegan, puede pedirlo a un tribunal. Todavía puede preguntar por el estado actual del adolescente, su diagnóstico, lo que necesita de tratamiento, sus servicios y sus medicamentos.",
  ilParentChildMentalHealth:
    "En Illinois, el padre o la madre puede ver y copiar los expedientes de salud mental de un hijo menor de 12 años.",
  nyTeenSti:
    "En Nueva York, si a usted le trataron una infección de transmisión sexual sin el permiso de sus padres, no se les pueden dar a sus padres ni los expedientes médicos ni las facturas sin su permiso.",
  nyParentSti:
    "En Nueva York, cuando a un menor le trataron una infección de transmisión sexual sin el permiso de sus padres, no se les pueden entregar ni los expedientes médicos ni las facturas sin el permiso del menor.",
  nyParentOther:
    "Puede que la ley de Nueva York también permita que un proveedor niegue a los padres el acceso a los expedientes de un adolescente en otros casos. Pregunte en la oficina de expedientes.",
  txTeenCare:
    "En Texas usted puede aceptar por su cuenta alguna atención: tratamiento de una enfermedad infecciosa que se debe reportar, atención del embarazo (menos el aborto), tratamiento por adicción a drogas o químicos, y consejería para prevenir el suicidio, por adicción o por abuso.",
  txTeenCounseling:
    "Pero en Texas un médico, psicólogo, consejero o trabajador social puede contarles a sus padres sobre la consejería que usted aceptó, aun sin su permiso. Así que la ley de Texas no le promete que sus padres no se van a enterar.",
  txTeenOther:
    "Puede que en Texas un médico también pueda contarles a sus padres sobre otra atención que usted aceptó. Pregunte en la oficina cómo lo manejan.",
  txParentCounseling:
    "Para la atención que un adolescente aceptó por su cuenta, HIPAA deja a la ley de Texas el acceso de los padres, y Texas permite que el médico, psicólogo, consejero o trabajador social les cuente a los padres sobre la consejería para prevenir el suicidio, por adicción o por abuso, aun sin el permiso del adolescente.",
  txParentConservator:
    "Puede que Texas también dé al padre o a la madre nombrado tutor («conservator») el derecho a ver los expedientes médicos del hijo, a menos que una orden del tribunal lo limite. Verifíquelo con la orden, si hay una.",
  waTeenRights:
    "En Washington, para la atención que usted podía aceptar por su cuenta, solo usted puede usar los derechos sobre esos expedientes, incluso decidir quién puede verlos.",
  waParentRights:
    "En Washington, para la atención que un menor podía aceptar por su cuenta, solo el menor puede usar los derechos sobre esos expedientes; el padre o la madre necesita la autorización del menor.",
  waTeenCare:
    "En Washington, la atención que un menor normalmente puede aceptar por su cuenta incluye consejería sin internamiento y tratamiento por alcohol o drogas desde los 13 años, atención de infecciones de transmisión sexual desde los 14, y anticonceptivos a cualquier edad. Confirme las edades con la oficina.",
  paTeenSud: "En Pensilvania usted puede aceptar por su cuenta un tratamiento por alcohol o drogas, a cualquier edad.",
  paParentSud:
    "En Pensilvania un menor puede aceptar por su cuenta un tratamiento por alcohol o drogas; el médico o el programa que lo trata puede avisar a los padres, pero no está obligado.",
  paTeenOther:
    "Para otra atención, las reglas de Pensilvania cambian según el servicio (por ejemplo, la atención del embarazo o de infecciones de transmisión sexual). Pregunte en la oficina.",
  alTeen:
    "En Alabama, un menor de 14 años o más normalmente puede aceptar su propia atención médica, y un proveedor puede contarles a los padres sobre un tratamiento de infecciones de transmisión sexual. Pregunte cómo maneja la oficina la solicitud de un padre o una madre.",
  alParent:
    "En Alabama, un menor de 14 años o más normalmente puede aceptar su propia atención médica, y eso puede limitar el acceso de los padres a esos expedientes. Pregunte en la oficina.",
};

export const part2: typeof enPart2 = {
  ownAccess:
    "Los expedientes de un programa de tratamiento por alcohol o drogas con fondos federales están protegidos por la norma 42 CFR Part 2. Usted puede obtener sus propios expedientes sin un consentimiento especial.",
  consentNeeded:
    "Para enviar esos expedientes a otra persona (un abogado, una aseguradora, una aplicación, un servicio de expedientes), necesita un consentimiento por escrito de la Parte 2 con todos los elementos de 42 CFR 2.31. Una autorización HIPAA o una orden de enviar los expedientes no basta por sí sola. Podemos preparar el consentimiento de la Parte 2, o puede usar el formulario del programa. Lo más sencillo es pedir usted mismo los expedientes.",
  deceased:
    "Para un paciente que falleció, firma el consentimiento de la Parte 2 el albacea, el administrador u otro representante personal nombrado según la ley del estado; si no hay ninguno, el cónyuge, y si no hay cónyuge, un familiar responsable.",
};
