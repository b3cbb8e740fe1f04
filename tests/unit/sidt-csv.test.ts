import { parseSidtCsv, sidtCsv, type SidtRow } from "@/lib/domain/readiness/sidt-csv";

const rows: SidtRow[] = [
  { nib: "1234567890123", namaUsaha: 'Keripik "Mantap", Praya', kodeProgram: "DIKLAT-01", status: "hadir", tanggal: "2026-11-02" },
  { nib: "9876543210987", namaUsaha: "Tenun Sukarara", kodeProgram: "DIKLAT-01", status: "terdaftar", tanggal: "2026-11-02" },
];

describe("SIDT CSV", () => {
  it("round-trips rows keyed by NIB, quotes and commas included", () => {
    expect(parseSidtCsv(sidtCsv(rows))).toEqual({ rows, errors: [] });
  });

  it("reports bad rows by line and keeps the good ones", () => {
    const text = "NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL\r\n123,A,P,hadir,2026-11-02\r\n1234567890123,B,P,lulus,2026-11-02\r\n1234567890123,C,P,hadir,02/11/2026\r\n1234567890123,D,P,hadir,2026-11-02\r\n";
    const parsed = parseSidtCsv(text);
    expect(parsed.errors).toEqual([
      { line: 2, code: "BAD_NIB" },
      { line: 3, code: "BAD_STATUS" },
      { line: 4, code: "BAD_DATE" },
    ]);
    expect(parsed.rows.map((r) => r.namaUsaha)).toEqual(["D"]);
  });

  it("refuses a file with another header", () => {
    expect(parseSidtCsv("NIK,NAMA\r\n1,2\r\n").errors).toEqual([{ line: 1, code: "BAD_HEADER" }]);
  });
});
