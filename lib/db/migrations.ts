/**
 * The schema, as an ordered list of migrations. Never edit one that has shipped: add the next.
 * Kept as TypeScript (not .sql files) so they travel inside the server bundle to a serverless
 * host with no file tracing to configure. Applied by `npm run db:migrate` and on first use.
 */
export const MIGRATIONS: readonly { id: string; sql: string }[] = [
  {
    id: '0001_newsletter_and_views',
    sql: `
      -- Secrets the app generates for itself when none is configured (token signing).
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE subscribers (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
        status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
        source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        confirmation_sent_at timestamptz,
        confirmed_at timestamptz,
        unsubscribed_at timestamptz
      );

      -- Fixed-window counters per client (a keyed hash, never the address itself).
      CREATE TABLE rate_limit_hits (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );

      CREATE TABLE article_views_hourly (
        article_path text NOT NULL,
        hour timestamptz NOT NULL,
        views integer NOT NULL,
        PRIMARY KEY (article_path, hour)
      );
      CREATE INDEX article_views_hourly_hour ON article_views_hourly (hour);

      -- One row per reader, article and hour: a keyed hash, so "one count per reader per hour"
      -- needs no cookie and stores no address. Rows older than two hours are deleted.
      CREATE TABLE article_view_readers (
        reader_hash text PRIMARY KEY,
        hour timestamptz NOT NULL
      );
      CREATE INDEX article_view_readers_hour ON article_view_readers (hour);
    `,
  },
  {
    id: '0002_live_updates',
    sql: `
      -- Updates posted to a live article while its coverage runs (lib/live/store.ts). A withdrawn
      -- update keeps its row (withdrawn_at set) and every change is in live_update_audit.
      CREATE TABLE live_updates (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_url text NOT NULL,
        happened_at timestamptz NOT NULL,
        title text,
        body text NOT NULL,
        is_key boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      );
      CREATE INDEX live_updates_article ON live_updates (article_url, happened_at DESC);

      CREATE TABLE live_update_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        update_id bigint NOT NULL REFERENCES live_updates (id),
        action text NOT NULL CHECK (action IN ('create', 'edit', 'withdraw')),
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX live_update_audit_update ON live_update_audit (update_id);
    `,
  },
  {
    id: '0003_rate_limit_expiry',
    sql: `
      -- Each window's end, so expired rows of every bucket can be pruned (lib/http/rate-limit.ts):
      -- only the bucket being hit was, and a bucket per new reader was never hit again.
      -- Rows from before hold windows of a day at most (the longest the code uses).
      DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day';
      -- The default is for a server of the previous release still running during a deploy.
      ALTER TABLE rate_limit_hits ADD COLUMN expires_at timestamptz NOT NULL DEFAULT (now() + interval '1 day');
      UPDATE rate_limit_hits SET expires_at = window_start + interval '1 day';
      CREATE INDEX rate_limit_hits_expires ON rate_limit_hits (expires_at);
    `,
  },
  {
    id: '0004_published_articles',
    sql: `
      -- Articles published through /api/publish since the build (lib/publish/store.ts; ADR 0019):
      -- one row per URL, its latest publish. Readers follow the version: every publish or withdrawal
      -- takes the next value, so "rows with version > the last I saw" is what changed.
      CREATE SEQUENCE published_articles_version;
      CREATE TABLE published_articles (
        url text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        meta jsonb NOT NULL,
        raw text NOT NULL,
        code text NOT NULL,
        search_text text NOT NULL,
        state text NOT NULL CHECK (state IN ('published', 'withdrawn')),
        version bigint NOT NULL UNIQUE,
        published_at timestamptz NOT NULL,
        source_hash text NOT NULL,
        key_name text
      );

      -- Who changed what: one row per article per publish or withdrawal, kept for good.
      CREATE TABLE published_article_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url text NOT NULL REFERENCES published_articles (url),
        action text NOT NULL CHECK (action IN ('publish', 'withdraw')),
        key_name text,
        before_hash text,
        after_hash text,
        version bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX published_article_audit_url ON published_article_audit (url, id);
    `,
  },
  {
    id: '0005_published_images',
    sql: `
      -- Images sent with a publish that the build's public/ folder lacks, and the crops the server
      -- made of the lead ones (lib/publish/image-store.ts; ADR 0019 "Images"): one row per site
      -- path (/images/… or /renditions/{ratio}/…), served by app/images and app/renditions. A path
      -- never changes bytes (a publish that sends other bytes for it is refused), so caches of it
      -- stay true.
      CREATE TABLE published_images (
        path text PRIMARY KEY CHECK (path LIKE '/images/%' OR path LIKE '/renditions/%'),
        content_type text NOT NULL,
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        -- For a rendition, the image it was cropped from.
        source_path text,
        published_at timestamptz NOT NULL DEFAULT now(),
        key_name text
      );
    `,
  },
]
