import { openApiDocument } from "@/lib/visa/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
