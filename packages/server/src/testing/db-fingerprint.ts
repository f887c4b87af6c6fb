import pg from 'pg';

/**
 * A digest of every table's rows, to prove that a refused operation wrote
 * nothing. One round trip; meant for the small databases of tests.
 */
export class DatabaseFingerprint {
  private constructor(
    private readonly db: pg.Client,
    private readonly query: string,
  ) {}

  /** `ignore`: tables that change on any request (e.g. sessions sliding their expiry). */
  static async open(databaseUrl: string, ignore: string[] = []): Promise<DatabaseFingerprint> {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const tables = rows.map((row) => row.name).filter((name) => !ignore.includes(name));
    const digest = (name: string) => {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      return `'${name.replace(/'/g, "''")}', (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${quoted} t)`;
    };
    // A function takes at most 100 arguments: 40 tables (80 arguments) per object, merged.
    const chunks: string[] = [];
    for (let i = 0; i < tables.length; i += 40) chunks.push(`jsonb_build_object(${tables.slice(i, i + 40).map(digest).join(', ')})`);
    return new DatabaseFingerprint(db, `select ${chunks.join(' || ') || `'{}'::jsonb`} as digest`);
  }

  async take(): Promise<Record<string, string>> {
    const { rows } = await this.db.query<{ digest: Record<string, string> }>(this.query);
    return rows[0]!.digest;
  }

  /** The tables whose rows differ between two fingerprints. */
  static changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return Object.keys(after).filter((table) => before[table] !== after[table]);
  }

  close(): Promise<void> {
    return this.db.end();
  }
}
