import { formObject, formStateOf, reportedError } from "@/lib/actions/to-form-state";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/messages";
import { signUpSchema } from "@/lib/validation/business";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

const thrown = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

describe("server-action error → form state", () => {
  it("lists every invalid field in the viewer's language", () => {
    const error = reportedError(thrown(() => parseInput(signUpSchema, { name: "A", email: "nope", password: "short" }, "en")));
    const state = formStateOf(error, "en");
    expect(state.ok).toBe(false);
    expect(state.fields).toMatchObject({ email: "Invalid email address.", password: "The password must be at least 10 characters." });
    expect(Object.keys(state.fields!)).toEqual(expect.arrayContaining(["name", "email", "password"]));
    // Field messages are chosen when the schema parses, in the locale the wrapper passes it.
    const inIndonesian = reportedError(thrown(() => parseInput(signUpSchema, { name: "A", email: "nope", password: "short" }, "id")));
    expect(formStateOf(inIndonesian, "id").fields?.email).toBe("Email tidak valid.");
  });

  it("puts a service's single-field refusal on that field in the viewer's language", () => {
    const error = new AppError("conflict", { id: "NIB sudah terdaftar.", en: "This NIB is already registered." }, [{ path: "nib", message: "nib_taken" }]);
    expect(formStateOf(error, "en")).toMatchObject({ message: "This NIB is already registered.", fields: { nib: "This NIB is already registered." } });
  });

  it("keeps what was typed, except the password, so the form refills", () => {
    const data = form({ name: "Baiq Nurul", email: "baiq@example.test", password: "rahasia-sekali" });
    const state = formStateOf(new AppError("bad_request"), "id", data);
    expect(state.values).toEqual({ name: "Baiq Nurul", email: "baiq@example.test" });
    expect(formStateOf(new AppError("bad_request"), "id").values).toEqual({});
  });

  it("shows an unknown error generically and logs it once", () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      const secret = new Error("connection to 10.0.0.3:5432 refused");
      const state = formStateOf(reportedError(secret), "en");
      expect(state.message).toBe("Something went wrong on our side.");
      expect(JSON.stringify(state)).not.toContain("10.0.0.3");
      expect(log).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith(secret);
    } finally {
      log.mockRestore();
    }
  });

  it("does not log refusals made on purpose", () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(reportedError(new AppError("forbidden")).code).toBe("forbidden");
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it("maps a Postgres unique violation to a conflict", () => {
    expect(reportedError(Object.assign(new Error("duplicate key"), { code: "23505" })).code).toBe("conflict");
  });

  it("reads the form's text fields without React's $ACTION entries", () => {
    const data = form({ $ACTION_ID_abc: "", orderId: "o-1", note: " siap " });
    data.append("file", new Blob(["x"]), "a.txt");
    expect(formObject(data)).toEqual({ orderId: "o-1", note: " siap " });
  });
});
