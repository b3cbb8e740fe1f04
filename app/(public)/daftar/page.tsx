import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/seller/action-form";
import { viewer } from "@/lib/auth/viewer";
import { signUpAction } from "@/lib/actions/accounts/sign-up";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.signUp"))("title"), robots: { index: false } };
}

export default async function SignUpPage() {
  if (await viewer()) redirect("/daftar-usaha");
  const t = await getTranslations("seller.signUp");
  return (
    <section aria-labelledby="home-title" data-testid="sign-up" className="mx-auto max-w-md space-y-6 py-4">
      <div className="space-y-2">
        <h1 id="home-title" data-testid="home-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ActionForm
          action={signUpAction}
          testId="sign-up-form"
          submitLabel={t("submit")}
          pendingLabel={t("submitting")}
          fields={[
            { name: "name", label: t("name"), required: true, autoComplete: "name" },
            { name: "email", label: t("email"), type: "email", required: true, autoComplete: "email", inputMode: "email" },
            { name: "password", label: t("password"), type: "password", hint: t("passwordHint"), required: true, autoComplete: "new-password" },
          ]}
        />
      </div>
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/masuk?callbackUrl=%2Fdaftar-usaha" className="font-semibold text-emerald-800 underline">
          {t("signIn")}
        </Link>
      </p>
    </section>
  );
}
