import { NotFoundContent } from "@/ui/not-found-content";

export default function NotFound() {
  return <NotFoundContent />;
}
