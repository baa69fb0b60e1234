import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/staff/current-staff";

export default async function StaffHome() {
  await requireStaff();
  redirect("/staff/requests");
}
