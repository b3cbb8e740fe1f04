import { textField } from "../to-form-state";

const list = (formData: FormData, name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

/** The program form's fields as the save schema reads them: checkbox groups become the JSON conditions. */
export const programFieldsFrom = (formData: FormData) => {
  const optional = (name: string) => textField(formData, name) || null;
  return {
    title: textField(formData, "title"),
    module: textField(formData, "module"),
    organizerName: textField(formData, "organizerName"),
    organizerPartnerId: optional("organizerPartnerId"),
    kabupatenId: textField(formData, "kabupatenId"),
    categoryId: optional("categoryId"),
    startsAt: textField(formData, "startsAt"),
    endsAt: textField(formData, "endsAt"),
    seats: Number(textField(formData, "seats")),
    prerequisites: {
      requiresVerified: formData.get("requiresVerified") === "on",
      mustNotHave: list(formData, "mustNotHave"),
      requiresCertificates: list(formData, "requiresCertificates"),
    },
    targetProfile: {
      anyOfGaps: list(formData, "anyOfGaps"),
      foodKbliOnly: formData.get("foodKbliOnly") === "on",
      lacksCertificates: list(formData, "lacksCertificates"),
    },
  };
};
