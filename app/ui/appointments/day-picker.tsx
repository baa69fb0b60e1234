/** A GET form choosing a day (the staff day view, the move page): works without JavaScript. */
export function DayPicker({
  action,
  day,
  label,
  button,
  className,
}: {
  action: string;
  day: string;
  label: string;
  button: string;
  className?: string;
}) {
  return (
    <form method="get" action={action} className={className}>
      <label className="label" htmlFor="day">
        {label}
      </label>
      <input className="input input--narrow" type="date" id="day" name="day" defaultValue={day} />{" "}
      <button type="submit" className="button button--secondary">
        {button}
      </button>
    </form>
  );
}
