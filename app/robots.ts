import type { MetadataRoute } from "next";
import { config } from "@/lib/config";

export const dynamic = "force-static";

// The staff workspace and the API are not for search engines (each also answers noindex or JSON).
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/staff", "/api"] },
    sitemap: `${config().publicOrigin}/sitemap.xml`,
  };
}
