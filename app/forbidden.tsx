import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

/** Rendered with HTTP 403 when a page calls forbidden(): signed in, but without the role. */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
