import { type Kysely, sql } from 'kysely';

// A search ranks the articles whose title holds the query and, when they are fewer than a
// page, every article that matches; the rank reads each one's search vector. A vector of a few
// kilobytes went, by default, to the TOAST table, so each of those reads was a look-up there
// (68 of the 82 ms of a search for a common word over 10,000 articles). Kept in the row
// (storage main), it is read with the row. With it there, only the article's texts (body,
// html, body_text) should leave the row, so the short columns are kept in it too.
// The title's own vector and its folded text are stored, each with its index, so the articles
// whose title holds the query are found without reading the others, and nothing is folded or
// parsed per row at query time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table articles
      add column title_folded text generated always as (public.civitas_fold(title)) stored,
      add column title_search tsvector
        generated always as (to_tsvector('simple'::regconfig, public.civitas_fold(title))) stored;
    alter table articles
      alter column search set storage main,
      alter column title_search set storage main,
      alter column title_folded set storage main,
      alter column title set storage main,
      alter column slug set storage main,
      alter column category set storage main,
      alter column tags set storage main;
    -- Writes the existing rows again, in the row (the generated columns all follow the title).
    update articles set title = title;
    create index articles_title_search on articles using gin (title_search);
    create index articles_title_folded_trgm on articles using gin (title_folded public.gin_trgm_ops);
    drop index articles_title_trgm;

    -- A query word's inflections are the words of the articles that begin with its stem: in
    -- byte order, those are one range of this index.
    create index article_words_prefix on article_words (word collate "C");
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index article_words_prefix;
    create index articles_title_trgm on articles using gin (public.civitas_fold(title) public.gin_trgm_ops);
    drop index articles_title_folded_trgm;
    drop index articles_title_search;
    alter table articles drop column title_search, drop column title_folded;
    alter table articles
      alter column search set storage extended,
      alter column title set storage extended,
      alter column slug set storage extended,
      alter column category set storage extended,
      alter column tags set storage extended;
  `.execute(db);
}
