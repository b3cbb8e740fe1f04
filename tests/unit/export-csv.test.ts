import { csvTable, encodeCell, formatShare, guardFormula, isoUtc, share, toCsv, witaDateTime } from "@/lib/domain/export/csv";

const BOM = "\uFEFF";

describe("CSV writer (RFC 4180, Excel/LibreOffice-friendly)", () => {
  it("writes a BOM, CRLF after every record and plain integers, exactly", () => {
    const csv = toCsv(csvTable([{ header: "OPD", value: (r: { n: string; v: number }) => r.n }, { header: "Total (Rp)", value: (r) => r.v }], [
      { n: "Dinas Pariwisata", v: 1_500_000 },
      { n: "BKAD", v: 0 },
    ]));
    expect(csv).toBe(`${BOM}OPD,Total (Rp)\r\nDinas Pariwisata,1500000\r\nBKAD,0\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(encodeCell("Kopi, teh")).toBe('"Kopi, teh"');
    expect(encodeCell('Kue "lapis"')).toBe('"Kue ""lapis"""');
    expect(encodeCell("baris 1\nbaris 2")).toBe('"baris 1\nbaris 2"');
    expect(encodeCell("a\r\nb")).toBe('"a\r\nb"');
    expect(encodeCell("Rp 150.000 · Sumbawa")).toBe("Rp 150.000 · Sumbawa");
    expect(toCsv({ header: ["a", "b"], rows: [["x,y", 'say "hi"']] })).toBe(`${BOM}a,b\r\n"x,y","say ""hi"""\r\n`);
  });

  it("keeps non-ASCII text as UTF-8", () => {
    const bytes = Buffer.from(toCsv({ header: ["Café"], rows: [["Nasi ayam taliwang — Rp"]] }), "utf8");
    expect(bytes.toString("hex")).toBe(
      "efbbbf" + Buffer.from("Caf\u00e9\r\nNasi ayam taliwang \u2014 Rp\r\n", "utf8").toString("hex"),
    );
  });

  it("guards text cells against formula injection, but not numbers", () => {
    expect(encodeCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(encodeCell("+62 812")).toBe("'+62 812");
    expect(encodeCell("-1+1")).toBe("'-1+1");
    expect(encodeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(encodeCell("\tcmd")).toBe("'\tcmd");
    expect(encodeCell("\r=1")).toBe('"\'\r=1"');
    expect(guardFormula("Dinas = Pariwisata")).toBe("Dinas = Pariwisata");
    expect(encodeCell(-150_000)).toBe("-150000");
    expect(encodeCell(-2.5)).toBe("-2.5");
  });

  it("writes numbers without separators or exponents and empties for null", () => {
    expect(encodeCell(1_234_567_890_123)).toBe("1234567890123");
    expect(encodeCell(3.5)).toBe("3.5");
    expect(encodeCell(0)).toBe("0");
    expect(encodeCell(null)).toBe("");
    expect(encodeCell(undefined)).toBe("");
    expect(encodeCell("")).toBe("");
    expect(() => encodeCell(Number.NaN)).toThrow(RangeError);
    expect(() => encodeCell(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("writes shares as dot decimals with four places, truncated so a shortfall never shows as met", () => {
    expect(encodeCell(share(0.4123))).toBe("0.4123");
    expect(encodeCell(share(0.4))).toBe("0.4000");
    expect(encodeCell(share(0.39999))).toBe("0.3999");
    expect(encodeCell(share(1))).toBe("1.0000");
    expect(encodeCell(share(0))).toBe("0.0000");
    expect(formatShare(1_237_500 / 3_000_000)).toBe("0.4125");
    expect(formatShare(2 / 3)).toBe("0.6666");
    expect(() => formatShare(Number.NaN)).toThrow(RangeError);
  });

  it("separates several tables by one empty line", () => {
    expect(toCsv([{ header: ["a"], rows: [[1]] }, { header: ["b", "c"], rows: [] }])).toBe(`${BOM}a\r\n1\r\n\r\nb,c\r\n`);
  });

  it("dates: ISO UTC, and WITA (UTC+8) as YYYY-MM-DD HH:mm", () => {
    expect(isoUtc("2026-11-20T03:00:00Z")).toBe("2026-11-20T03:00:00.000Z");
    expect(witaDateTime(new Date("2026-11-20T03:05:00Z"))).toBe("2026-11-20 11:05");
    // 17:30 UTC on 31 December is already New Year in Mataram.
    expect(witaDateTime("2026-12-31T17:30:00Z")).toBe("2027-01-01 01:30");
    expect(isoUtc(null)).toBeNull();
    expect(witaDateTime(null)).toBeNull();
  });
});
