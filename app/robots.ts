import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site-origin";

export const dynamic = "force-static";

// The staff workspace and the API are not for search engines (each also answers noindex or JSON).
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/staff", "/api"] }, sitemap: `${siteOrigin()}/sitemap.xml` };
}
