import Link from "next/link";

/** A grid of comparison links, each with a title and a one-line description. */
export function LinkCards({ links }: { links: { href: string; title: string; description: string }[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="block rounded border border-stone-200 bg-white px-3 py-2 hover:border-blue-400">
            <span className="font-medium">{l.title}</span>
            <span className="block text-sm text-stone-500">{l.description}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
