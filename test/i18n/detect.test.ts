// The one language detector: a message's own language, and a conversation's, which a place or a
// provider's name does not switch while a sentence in the other language does.
import { describe, expect, it } from "vitest";
import { conversationLanguage, detectLanguage, messageLanguage, patientLanguage } from "../../src/i18n/detect.js";

describe("detectLanguage on a message alone", () => {
  it("reads English and Spanish, and nothing from numbers, names and dates", () => {
    expect(detectLanguage("I need my records from the hospital")).toBe("en");
    expect(detectLanguage("Necesito mis expedientes del hospital")).toBe("es");
    expect(detectLanguage("¿Cuánto me pueden cobrar?")).toBe("es");
    expect(detectLanguage("2")).toBeUndefined();
    expect(detectLanguage("Maria Lopez, 12/8/1990")).toBeUndefined();
  });

  it("gives a tie to the language whose letters the message shows", () => {
    // One marker word each ("the" and "la"): the ñ decides.
    expect(detectLanguage("the Peña la")).toBe("es");
    expect(detectLanguage("the Pena la")).toBe("en");
  });
});

describe("detectLanguage within a conversation", () => {
  it("keeps English when the patient names a Spanish place or provider", () => {
    for (const name of ["El Dorado", "Clínica San José", "Hospital de la Paz", "Centro Médico del Valle"]) {
      expect(detectLanguage(name), name).toBe("es");
      expect(detectLanguage(name, "en"), name).toBe("en");
    }
  });

  it("keeps Spanish when the patient names an English place or provider", () => {
    for (const name of ["The Children's Hospital of Philadelphia", "Mercy General Hospital", "yes"]) {
      expect(detectLanguage(name, "es"), name).toBe("es");
    }
  });

  it("switches on a sentence in the other language", () => {
    expect(detectLanguage("necesito mis expedientes por favor", "en")).toBe("es");
    expect(detectLanguage("I need my records from the clinic", "es")).toBe("en");
  });

  it("reads a conversation message by message, oldest first", () => {
    expect(conversationLanguage(["Necesito mis expedientes médicos", "Clínica San José", "2"])).toBe("es");
    expect(conversationLanguage(["I need my records", "Clínica San José", "Texas"])).toBe("en");
    expect(conversationLanguage(["hi", "necesito mis expedientes de mi hijo"])).toBe("es");
    expect(conversationLanguage(["2", "12/8/1990"])).toBeUndefined();
  });

  it("reads the patient's messages of a stored conversation, English until one shows a language", () => {
    const user = (text: string) => ({ role: "user", parts: [{ type: "text", text }] });
    const assistant = { role: "assistant", parts: [{ type: "text", text: "Hola, ¿de quién son los expedientes?" }] };
    expect(patientLanguage([user("2")])).toBe("en");
    expect(patientLanguage([user("Necesito mis expedientes"), assistant, user("El Dorado")])).toBe("es");
    expect(patientLanguage([user("I need my records"), assistant, user("El Dorado")])).toBe("en");
    expect(messageLanguage("BORRAR")).toBe("es");
    expect(messageLanguage("STOP")).toBe("en");
  });
});
