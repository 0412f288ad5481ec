// A small horizontal bar chart in SVG (no chart library: keeps the agency page light). The
// numbers are also given as a table for screen readers and for anyone who wants the figures.

/** `text` is shown instead of a number when the source gives words ("less than 1"). */
export interface Bar { label: string; value: number | null; text?: string }

export function BarChart({ bars, title, unit }: { bars: Bar[]; title: string; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const row = 26;
  const labelW = 180;
  const width = 520;
  const height = bars.length * row + 8;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = b.value == null ? 0 : ((width - labelW - 60) * b.value) / max;
          const y = i * row + 4;
          return (
            <g key={b.label}>
              <text x={labelW - 8} y={y + 15} textAnchor="end" className="chart-label">{b.label}</text>
              <rect x={labelW} y={y} width={w} height={row - 8} className="chart-bar" />
              <text x={labelW + w + 6} y={y + 15} className="chart-value">{b.value == null ? (b.text ?? '—') : `${b.value}${unit ?? ''}`}</text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}><th scope="row">{b.label}</th><td>{b.value == null ? (b.text ?? '—') : `${b.value}${unit ?? ''}`}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
