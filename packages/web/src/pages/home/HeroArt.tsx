/**
 * A decorative sketch of a live session: two people and the goal board they
 * share. Hidden from assistive technology; the text beside it says it all.
 */
export function HeroArt({ className }: { className?: string }) {
  const card = 'var(--mantine-color-body)';
  const line = 'var(--mantine-color-default-border)';
  const soft = 'var(--mantine-primary-color-light)';
  const strong = 'var(--mantine-primary-color-filled)';
  const muted = 'light-dark(var(--mantine-color-gray-3), var(--mantine-color-dark-4))';
  const column = (x: number, title: number, cards: Array<{ y: number; h: number; done?: boolean; accent?: boolean }>) => (
    <g>
      <rect x={x} y={70} width={112} height={236} rx={12} fill={soft} opacity={0.55} />
      <rect x={x + 12} y={84} width={title} height={8} rx={4} fill={muted} />
      {cards.map(({ y, h, done, accent }) => (
        <g key={y}>
          <rect x={x + 10} y={y} width={92} height={h} rx={8} fill={card} stroke={line} />
          <rect x={x + 20} y={y + 12} width={56} height={6} rx={3} fill={accent ? strong : muted} />
          <rect x={x + 20} y={y + 24} width={40} height={6} rx={3} fill={muted} />
          {done && <circle cx={x + 88} cy={y + h - 12} r={5} fill={strong} />}
        </g>
      ))}
    </g>
  );
  return (
    <svg viewBox="0 0 400 330" className={className} aria-hidden="true" focusable="false">
      <rect x={8} y={40} width={384} height={282} rx={20} fill={card} stroke={line} />
      {column(24, 40, [
        { y: 104, h: 56, accent: true },
        { y: 170, h: 48 },
      ])}
      {column(144, 52, [
        { y: 104, h: 64, accent: true },
        { y: 178, h: 48 },
        { y: 236, h: 48 },
      ])}
      {column(264, 34, [
        { y: 104, h: 56, done: true },
        { y: 170, h: 56, done: true },
      ])}
      {/* Two people in the session, both live. */}
      <g>
        <circle cx={300} cy={36} r={24} fill="var(--mantine-color-blue-light)" stroke={card} strokeWidth={4} />
        <circle cx={300} cy={30} r={8} fill="var(--mantine-color-blue-filled)" />
        <path d="M286 50a14 12 0 0 1 28 0" fill="var(--mantine-color-blue-filled)" />
        <circle cx={340} cy={36} r={24} fill={soft} stroke={card} strokeWidth={4} />
        <circle cx={340} cy={30} r={8} fill={strong} />
        <path d="M326 50a14 12 0 0 1 28 0" fill={strong} />
        <circle cx={360} cy={54} r={6} fill="var(--mantine-color-green-6)" stroke={card} strokeWidth={3} />
      </g>
    </svg>
  );
}
