export type BudgetLineSeed = { code: string; name: string; ceiling: [number, number]; spent: "none" | "some" };

export type OpdSeed = {
  /** Province code + urusan/bidang code (Permendagri 90/2019 style) + unit number; unique across regions. */
  code: string;
  name: string;
  shortName: string;
  budgetLines: readonly BudgetLineSeed[];
};

/** Kode rekening (belanja barang dan jasa, Kepmendagri 050 style) used by the demo DPA lines. */
const ATK = { code: "5.1.02.01.01.0024", name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor" } as const;
const CETAK = { code: "5.1.02.01.01.0026", name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak" } as const;
const MAMIN_RAPAT = { code: "5.1.02.01.01.0052", name: "Belanja Makanan dan Minuman Rapat" } as const;
const MAMIN_TAMU = { code: "5.1.02.01.01.0053", name: "Belanja Makanan dan Minuman Jamuan Tamu" } as const;
const MAMIN_LAPANGAN = { code: "5.1.02.01.01.0057", name: "Belanja Makanan dan Minuman Aktivitas Lapangan" } as const;
const PDH = { code: "5.1.02.01.01.0059", name: "Belanja Pakaian Dinas Harian (PDH)" } as const;
const PAKAIAN_ADAT = { code: "5.1.02.01.01.0064", name: "Belanja Pakaian Adat Daerah" } as const;
const CENDERA_MATA = { code: "5.1.02.01.01.0074", name: "Belanja Cendera Mata" } as const;
const BAHAN_LAINNYA = { code: "5.1.02.01.01.0012", name: "Belanja Bahan-Bahan Lainnya" } as const;

const line = (
  account: { code: string; name: string },
  ceiling: [number, number],
  spent: BudgetLineSeed["spent"] = "some",
): BudgetLineSeed => ({ ...account, ceiling, spent });

const JT = 1_000_000;

/** The provincial OPDs named in DOMAIN.md, each with 2–4 DPA lines for the current fiscal year. */
export const PROVINCIAL_OPDS: readonly OpdSeed[] = [
  {
    code: "52.2.17.01",
    name: "Dinas Koperasi dan Usaha Kecil Menengah Provinsi NTB",
    shortName: "Diskop UKM",
    budgetLines: [line(MAMIN_RAPAT, [150 * JT, 400 * JT]), line(ATK, [60 * JT, 150 * JT]), line(CENDERA_MATA, [75 * JT, 250 * JT], "none")],
  },
  {
    code: "52.3.26.01",
    name: "Dinas Pariwisata Provinsi NTB",
    shortName: "Dispar",
    budgetLines: [
      line(MAMIN_RAPAT, [400 * JT, 900 * JT]),
      line(MAMIN_TAMU, [200 * JT, 500 * JT]),
      line(CENDERA_MATA, [300 * JT, 1_500 * JT]),
      line(ATK, [75 * JT, 200 * JT]),
    ],
  },
  {
    code: "52.3.30.01",
    name: "Dinas Perindustrian dan Perdagangan Provinsi NTB",
    shortName: "Disperindag",
    budgetLines: [line(MAMIN_RAPAT, [150 * JT, 450 * JT]), line(PAKAIAN_ADAT, [80 * JT, 200 * JT], "none"), line(ATK, [50 * JT, 120 * JT])],
  },
  {
    code: "52.1.02.01",
    name: "Dinas Kesehatan Provinsi NTB",
    shortName: "Dinkes",
    budgetLines: [
      line(MAMIN_LAPANGAN, [250 * JT, 750 * JT]),
      line(MAMIN_RAPAT, [300 * JT, 800 * JT]),
      line(CETAK, [100 * JT, 350 * JT]),
      line(PDH, [120 * JT, 400 * JT], "none"),
    ],
  },
  {
    code: "52.5.01.01",
    name: "Badan Perencanaan Pembangunan Daerah Provinsi NTB",
    shortName: "Bappeda",
    budgetLines: [line(MAMIN_RAPAT, [250 * JT, 700 * JT]), line(CETAK, [80 * JT, 250 * JT])],
  },
  {
    code: "52.5.02.01",
    name: "Badan Keuangan dan Aset Daerah Provinsi NTB",
    shortName: "BKAD",
    budgetLines: [line(MAMIN_RAPAT, [150 * JT, 450 * JT]), line(ATK, [100 * JT, 300 * JT]), line(CETAK, [75 * JT, 200 * JT], "none")],
  },
  {
    code: "52.6.01.01",
    name: "Inspektorat Provinsi NTB",
    shortName: "Inspektorat",
    budgetLines: [line(MAMIN_RAPAT, [80 * JT, 250 * JT]), line(ATK, [50 * JT, 100 * JT], "none")],
  },
  {
    code: "52.4.01.05",
    name: "Biro Pengadaan Barang/Jasa Setda Provinsi NTB",
    shortName: "Biro PBJ",
    budgetLines: [line(MAMIN_RAPAT, [100 * JT, 300 * JT]), line(ATK, [50 * JT, 150 * JT]), line(PDH, [60 * JT, 150 * JT], "none")],
  },
  {
    code: "52.2.16.01",
    name: "Dinas Komunikasi, Informatika dan Statistik Provinsi NTB",
    shortName: "Diskominfotik",
    budgetLines: [line(MAMIN_RAPAT, [100 * JT, 350 * JT]), line(CETAK, [75 * JT, 250 * JT])],
  },
  {
    code: "52.4.01.90",
    name: "Dewan Kerajinan Nasional Daerah (Dekranasda) Provinsi NTB",
    shortName: "Dekranasda",
    budgetLines: [
      line(BAHAN_LAINNYA, [100 * JT, 350 * JT]),
      line(CENDERA_MATA, [150 * JT, 600 * JT]),
      line(MAMIN_TAMU, [50 * JT, 150 * JT], "none"),
    ],
  },
];

/** Short name of the OPD the demo buyer, PPK and bendahara work in. */
export const DEMO_OPD_SHORT_NAME = "Dispar";
