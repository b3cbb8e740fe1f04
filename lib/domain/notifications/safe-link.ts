/** Pure: a stored notification link as a same-site path ("/x"), never "//host" or a scheme: no open redirect. */
export const safeAppPath = (link: string) => (link.startsWith("/") && !link.startsWith("//") && !link.includes("\\") ? link : "/notifikasi");
