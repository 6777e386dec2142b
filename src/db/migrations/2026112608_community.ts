import { type Kysely, sql } from 'kysely';

// Community: volunteer brokerage, the knowledge base and the incubation of new initiatives.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Volunteering. A volunteer is an individual beneficiary with a profile; skills are codes of
    -- the shared list in the volunteering module, tags are free words.
    create table volunteers (
      id uuid primary key default gen_random_uuid(),
      beneficiary_id uuid not null references beneficiaries (id),
      skills text[] not null default '{}',
      tags text[] not null default '{}',
      districts int[] not null default '{}',
      hours_per_week int check (hours_per_week between 1 and 80),
      available_from date,
      available_to date,
      available_weekdays text[] not null default '{}',
      availability_note text,
      active boolean not null default true,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (available_to is null or available_from is null or available_to >= available_from)
    );
    create unique index volunteers_beneficiary on volunteers (beneficiary_id);
    create index volunteers_skills on volunteers using gin (skills);
    create index volunteers_created on volunteers (created_at desc, id desc);

    create table volunteer_offers (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references beneficiaries (id),
      center_id uuid references centers (id),
      title text not null,
      description text,
      skills text[] not null,
      district int references districts (number),
      start_date date,
      end_date date,
      volunteers_needed int not null check (volunteers_needed between 1 and 1000),
      hours_per_week int check (hours_per_week between 1 and 80),
      status text not null default 'open' check (status in ('open', 'closed')),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (end_date is null or start_date is null or end_date >= start_date)
    );
    create index volunteer_offers_skills on volunteer_offers using gin (skills);
    create index volunteer_offers_organization on volunteer_offers (organization_id, created_at desc);
    create index volunteer_offers_created on volunteer_offers (created_at desc, id desc);

    create table volunteer_applications (
      id uuid primary key default gen_random_uuid(),
      offer_id uuid not null references volunteer_offers (id),
      volunteer_id uuid not null references volunteers (id),
      status text not null default 'applied' check (status in ('applied', 'accepted', 'declined', 'completed')),
      message text,
      applied_by uuid references users (id) on delete set null,
      decided_by uuid references users (id) on delete set null,
      decided_at timestamptz,
      decision_reason text,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index volunteer_applications_once on volunteer_applications (offer_id, volunteer_id);
    create index volunteer_applications_volunteer on volunteer_applications (volunteer_id, created_at desc);

    -- Hours worked. At most 24 a day per application: the service sums them under a lock of
    -- the application row, so concurrent entries cannot pass the limit together.
    create table volunteer_hours (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null references volunteer_applications (id),
      work_date date not null,
      hours numeric(4, 2) not null check (hours > 0 and hours <= 24),
      note text,
      logged_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
    create index volunteer_hours_application on volunteer_hours (application_id, work_date);

    -- Knowledge base. body is the Markdown source; html its sanitized rendering; body_text the
    -- plain text for search. The search vector folds case and diacritics (civitas_fold):
    -- title words weigh A, body words B.
    create table articles (
      id uuid primary key default gen_random_uuid(),
      slug text not null,
      title text not null,
      body text not null,
      html text not null,
      body_text text not null,
      category text,
      tags text[] not null default '{}',
      visibility text not null check (visibility in ('public', 'members')),
      revision int not null default 1,
      created_by uuid references users (id) on delete set null,
      updated_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz(3) not null default now(),
      search tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, public.civitas_fold(title)), 'A') ||
        setweight(to_tsvector('simple'::regconfig, public.civitas_fold(body_text)), 'B')
      ) stored
    );
    create unique index articles_slug on articles (slug);
    create index articles_search on articles using gin (search);
    create index articles_title_trgm on articles using gin (public.civitas_fold(title) public.gin_trgm_ops);
    create index articles_tags on articles using gin (tags);
    create index articles_created on articles (created_at desc, id desc);

    -- The words of all articles, folded: query words with a typo are corrected against it.
    create table article_words (
      word text primary key
    );
    create index article_words_trgm on article_words using gin (word public.gin_trgm_ops);

    -- Each edit keeps the version it replaced.
    create table article_revisions (
      id uuid primary key default gen_random_uuid(),
      article_id uuid not null references articles (id) on delete cascade,
      revision int not null,
      title text not null,
      body text not null,
      category text,
      tags text[] not null default '{}',
      visibility text not null,
      edited_by uuid references users (id) on delete set null,
      edited_at timestamptz not null,
      replaced_at timestamptz(3) not null default now(),
      unique (article_id, revision)
    );

    -- Files in the database, so every server process serves the same ones.
    create table article_attachments (
      id uuid primary key default gen_random_uuid(),
      article_id uuid not null references articles (id) on delete cascade,
      filename text not null,
      content_type text not null,
      size int not null check (size > 0),
      sha256 text not null,
      data bytea not null,
      uploaded_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
    create index article_attachments_article on article_attachments (article_id, created_at);

    -- Incubation: initiatives of people with an idea, through stages, with a mentor (an advisor).
    create table initiatives (
      id uuid primary key default gen_random_uuid(),
      beneficiary_id uuid not null references beneficiaries (id),
      center_id uuid references centers (id),
      title text not null,
      description text,
      stage text not null default 'idea'
        check (stage in ('idea', 'planning', 'first_action', 'established', 'independent', 'dropped')),
      mentor_id uuid references users (id) on delete set null,
      next_step text,
      next_step_date date,
      next_step_reminded_for date,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create index initiatives_beneficiary on initiatives (beneficiary_id);
    create index initiatives_mentor on initiatives (mentor_id);
    create index initiatives_created on initiatives (created_at desc, id desc);
    create index initiatives_next_step on initiatives (next_step_date)
      where next_step_date is not null and stage not in ('independent', 'dropped');

    create table initiative_stage_changes (
      id uuid primary key default gen_random_uuid(),
      initiative_id uuid not null references initiatives (id) on delete cascade,
      from_stage text,
      to_stage text not null,
      note text,
      changed_by uuid references users (id) on delete set null,
      changed_at timestamptz(3) not null default now()
    );
    create index initiative_stage_changes_initiative on initiative_stage_changes (initiative_id, changed_at);
    create index initiative_stage_changes_at on initiative_stage_changes (changed_at);

    create table initiative_notes (
      id uuid primary key default gen_random_uuid(),
      initiative_id uuid not null references initiatives (id) on delete cascade,
      body text not null,
      author_id uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
    create index initiative_notes_initiative on initiative_notes (initiative_id, created_at);

    create table initiative_links (
      id uuid primary key default gen_random_uuid(),
      initiative_id uuid not null references initiatives (id) on delete cascade,
      kind text not null check (kind in ('booking', 'activity', 'appointment', 'article', 'other')),
      ref_id uuid,
      label text not null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
    create index initiative_links_initiative on initiative_links (initiative_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table initiative_links, initiative_notes, initiative_stage_changes, initiatives,
      article_attachments, article_revisions, article_words, articles,
      volunteer_hours, volunteer_applications, volunteer_offers, volunteers;
  `.execute(db);
}
