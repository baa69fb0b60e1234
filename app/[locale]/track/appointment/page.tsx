// Change or cancel an appointment opened through the tracking look-up (the same form as requests).
import { ManageAppointmentPage, manageAppointmentMetadata } from "@/ui/appointments/manage-appointment";

type Props = PageProps<"/[locale]/track/appointment">;

export const generateMetadata = async ({ params }: Props) => manageAppointmentMetadata((await params).locale);

export default async function TrackAppointmentPage({ params, searchParams }: Props) {
  return <ManageAppointmentPage locale={(await params).locale} place="track" query={await searchParams} />;
}
