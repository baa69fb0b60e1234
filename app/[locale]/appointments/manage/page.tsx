import { ManageAppointmentPage, manageAppointmentMetadata } from "@/ui/appointments/manage-appointment";

type Props = PageProps<"/[locale]/appointments/manage">;

export const generateMetadata = async ({ params }: Props) => manageAppointmentMetadata((await params).locale);

export default async function ManagePage({ params, searchParams }: Props) {
  return <ManageAppointmentPage locale={(await params).locale} place="manage" query={await searchParams} />;
}
