/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <poppler.h>
#include <string.h>
#include <zlib.h>

#include "rs-invitations.h"
#include "rs-involvement-error.h"
#include "rs-letters.h"
#include "rs-test-utils.h"

/* Letters: every kind from the sample as valid PDF (one page per letter),
 * ODT and mbox drafts, merge fields, and editable templates. */

static guint
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* A minimal zip reader: the entry @name from the central directory. */
static char *
zip_extract (const guint8 *zip,
             gsize         length,
             const char   *name)
{
  const guint8 *end = zip + length - 22;
  const guint8 *p;
  guint n;

  g_assert_cmpuint (get32 (end), ==, 0x06054b50);
  n = get16 (end + 10);
  p = zip + get32 (end + 16);
  for (guint i = 0; i < n; i++)
    {
      guint name_len = get16 (p + 28);

      if (name_len == strlen (name) && memcmp (p + 46, name, name_len) == 0)
        {
          guint method = get16 (p + 10);
          gsize csize = get32 (p + 20), size = get32 (p + 24);
          const guint8 *local = zip + get32 (p + 42);
          const guint8 *data = local + 30 + get16 (local + 26) + get16 (local + 28);
          char *out = g_malloc (size + 1);

          if (method == 0)
            memcpy (out, data, size);
          else
            {
              z_stream z = { 0 };

              g_assert_cmpint (inflateInit2 (&z, -15), ==, Z_OK);
              z.next_in = (Bytef *) data;
              z.avail_in = csize;
              z.next_out = (Bytef *) out;
              z.avail_out = size;
              g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
              inflateEnd (&z);
            }
          out[size] = '\0';
          return out;
        }
      p += 46 + name_len + get16 (p + 30) + get16 (p + 32);
    }
  return NULL;
}

static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (doc, index));
  return poppler_page_get_text (POPPLER_PAGE (page));
}

static void
test_every_kind (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GBytes) addresses = rs_test_data_bytes ("involvement/addresses-havbjerg.csv");
  g_autofree char *out = g_build_filename (dir, "breve", NULL);

  /* The invitation letter needs a draw. */
  {
    g_autofree char *path = NULL;
    g_assert_false (rs_letters_write (db, process_id, RS_LETTER_INVITATION, 0, 0,
                                      RS_LETTER_FORMAT_PDF, out, NULL, &path, NULL, NULL, NULL,
                                      &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_true (rs_invitations_import_addresses (db, process_id, addresses, "a.csv", NULL, NULL,
                                                  &error));
  g_assert_cmpint (rs_invitations_draw (db, process_id, 40, 9, NULL, &error), >, 0);
  g_assert_no_error (error);

  for (guint k = 0; k < RS_N_LETTER_KINDS; k++)
    {
      g_autofree char *path = NULL;
      g_autofree char *uri = NULL;
      g_autofree char *first = NULL;
      g_autoptr(GObject) pdf = NULL;
      guint n = 0;

      g_assert_true (rs_letters_write (db, process_id, k, 0, 0, RS_LETTER_FORMAT_PDF, out,
                                       "Borgerinddragelsen, Havbjerg Kommune", &path, &n, NULL,
                                       NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_str_has_suffix (path, ".pdf"));
      uri = g_filename_to_uri (path, NULL, NULL);
      pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
      g_assert_no_error (error);
      /* One page per letter; "you said, we did" lists every
       * recommendation and may take two. */
      if (k == RS_LETTER_YOU_SAID_WE_DID)
        g_assert_cmpint (poppler_document_get_n_pages (POPPLER_DOCUMENT (pdf)), >=, (int) n);
      else
        g_assert_cmpint (poppler_document_get_n_pages (POPPLER_DOCUMENT (pdf)), ==, (int) n);
      first = page_text (POPPLER_DOCUMENT (pdf), 0);
      if (k == RS_LETTER_YOU_SAID_WE_DID && strstr (first, "Med venlig hilsen") == NULL)
        {
          g_autofree char *second = page_text (POPPLER_DOCUMENT (pdf), 1);
          char *both = g_strconcat (first, second, NULL);
          g_free (first);
          first = both;
        }
      g_assert_nonnull (strstr (first, "Med venlig hilsen"));
      g_assert_nonnull (strstr (first, "Borgerinddragelsen, Havbjerg Kommune"));
      /* Every merge field was filled. */
      g_assert_null (strstr (first, "{"));
      if (k == RS_LETTER_INVITATION)
        {
          g_assert_cmpuint (n, ==, 40);
          g_assert_nonnull (strstr (first, "Kære beboer på "));
          g_assert_nonnull (strstr (first, "Borgerrådet giver byrådet anbefalinger"));
        }
      else if (k == RS_LETTER_CONFIRMATION)
        g_assert_cmpuint (n, ==, 100);
      else if (k == RS_LETTER_MEETING)
        g_assert_nonnull (strstr (first, " kl. 10.00 i Borgersalen"));
      else if (k == RS_LETTER_REMINDER)
        {
          g_assert_nonnull (strstr (first, "Påmindelse: "));
          g_assert_nonnull (strstr (first, "Vi minder om "));
          g_assert_nonnull (strstr (first, " kl. 10.00 i Borgersalen"));
        }
      else if (k == RS_LETTER_YOU_SAID_WE_DID)
        {
          /* The council's answers from the council area's records. */
          g_assert_nonnull (strstr (first, "I anbefalede: "));
          g_assert_nonnull (strstr (first, "Byrådets svar: Vedtaget"));
          g_assert_nonnull (strstr (first, "Byrådets svar: Ikke vedtaget"));
        }
      else if (k == RS_LETTER_RECEIPT || k == RS_LETTER_ANSWER)
        {
          /* One per party that answered the round, named by its sender. */
          g_assert_cmpint (n, ==, rs_test_query_int (db, "SELECT count(*) FROM hearing_response h "
                                                         "JOIN hearing_round r ON r.id = h.round_id "
                                                         "WHERE r.process_id = ? AND h.sender <> ''",
                                                     process_id));
          g_assert_nonnull (strstr (first, "Tak for dit høringssvar til "));
          g_assert_nonnull (strstr (first, "modt"));   /* "modtaget" / "modtog" and the date */
          g_assert_nonnull (strstr (first, " 2026"));
          if (k == RS_LETTER_ANSWER)
            {
              gboolean answered = FALSE;

              /* Some party's coded points come back with the white
               * book's answer. */
              for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (pdf)) && !answered; i++)
                {
                  g_autofree char *text = page_text (POPPLER_DOCUMENT (pdf), i);
                  answered = strstr (text, "Du skrev: »") != NULL && strstr (text, "Svar: ") != NULL;
                }
              g_assert_true (answered);
            }
        }
    }

  /* Every kind as OpenDocument too: well-formed content, fields merged. */
  for (guint k = 0; k < RS_N_LETTER_KINDS; k++)
    {
      g_autofree char *path = NULL;
      g_autofree char *zip = NULL;
      g_autofree char *content = NULL;
      static const GMarkupParser parser = { NULL };
      g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      gsize length;
      guint n = 0;

      g_assert_true (rs_letters_write (db, process_id, k, 0, 0, RS_LETTER_FORMAT_ODT, out, NULL,
                                       &path, &n, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_file_get_contents (path, &zip, &length, NULL));
      content = zip_extract ((guint8 *) zip, length, "content.xml");
      g_assert_nonnull (content);
      g_assert_true (g_markup_parse_context_parse (ctx, content, -1, &error));
      g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
      g_assert_no_error (error);
      g_assert_null (strstr (content, "{navn}"));
      g_assert_nonnull (strstr (content, "Med venlig hilsen"));
    }

  /* Receipts as mail drafts: to the parties with an e-mail address. */
  {
    g_autofree char *path = NULL;
    g_autofree char *mbox = NULL;
    guint n = 0, skipped = 0;

    g_assert_true (rs_letters_write (db, process_id, RS_LETTER_RECEIPT, 0, 0, RS_LETTER_FORMAT_MBOX,
                                     out, NULL, &path, &n, &skipped, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, >, 0);
    g_assert_true (g_file_get_contents (path, &mbox, NULL, NULL));
    g_assert_nonnull (strstr (mbox, "\nSubject: Kvittering for dit "));
    g_assert_nonnull (strstr (mbox, "\nX-Unsent: 1\n"));
  }

  /* A hearing round that is not the process's is refused. */
  {
    g_autofree char *path = NULL;
    g_assert_false (rs_letters_write (db, process_id, RS_LETTER_ANSWER, 0, 99999, RS_LETTER_FORMAT_PDF,
                                      out, NULL, &path, NULL, NULL, NULL, &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* "You said, we did" waits for the council's answers. */
  rs_test_forget_council_decisions (db);
  {
    g_autofree char *path = NULL;
    g_assert_false (rs_letters_write (db, process_id, RS_LETTER_YOU_SAID_WE_DID, 0, 0,
                                      RS_LETTER_FORMAT_PDF, out, NULL, &path, NULL, NULL, NULL, &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* ODT: a valid OpenDocument text with a letter per recipient. */
  {
    g_autofree char *path = NULL;
    g_autofree char *zip = NULL;
    g_autofree char *content = NULL;
    gsize length;
    guint n = 0;
    static const char mimetype[] = "application/vnd.oasis.opendocument.text";

    g_assert_true (rs_letters_write (db, process_id, RS_LETTER_RESERVE, 0, 0, RS_LETTER_FORMAT_ODT,
                                     out, NULL, &path, &n, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &zip, &length, NULL));
    g_assert_cmpmem (zip + 30, 8, "mimetype", 8);
    g_assert_cmpmem (zip + 38, strlen (mimetype), mimetype, strlen (mimetype));
    content = zip_extract ((guint8 *) zip, length, "content.xml");
    g_assert_nonnull (content);
    {
      static const GMarkupParser parser = { NULL };
      g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      g_assert_true (g_markup_parse_context_parse (ctx, content, -1, &error));
      g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
      g_assert_no_error (error);
    }
    g_assert_nonnull (strstr (content, "Du er reserve til Borgerrådet for Budget 2027"));
  }

  /* mbox: drafts to those with an e-mail address; nothing is sent. */
  {
    g_autofree char *path = NULL;
    g_autofree char *mbox = NULL;
    guint n = 0, skipped = 0, messages = 0;

    g_assert_true (rs_letters_write (db, process_id, RS_LETTER_CONFIRMATION, 0, 0,
                                     RS_LETTER_FORMAT_MBOX, out, NULL, &path, &n, &skipped, NULL,
                                     &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n + skipped, ==, 100);
    g_assert_true (g_file_get_contents (path, &mbox, NULL, NULL));
    for (const char *p = mbox; (p = strstr (p, "From MAILER-DAEMON ")) != NULL; p++)
      messages++;
    g_assert_cmpuint (messages, ==, n);
    g_assert_true (g_str_has_prefix (mbox, "From MAILER-DAEMON "));
    g_assert_nonnull (strstr (mbox, "\nX-Unsent: 1\n"));
    g_assert_nonnull (strstr (mbox, "\nContent-Transfer-Encoding: quoted-printable\n"));

    /* Invitations go to households without e-mail: all need printing. */
    g_clear_pointer (&path, g_free);
    g_assert_true (rs_letters_write (db, process_id, RS_LETTER_INVITATION, 0, 0,
                                     RS_LETTER_FORMAT_MBOX, out, NULL, &path, &n, &skipped, NULL,
                                     &error));
    g_assert_cmpuint (n, ==, 0);
    g_assert_cmpuint (skipped, ==, 40);
  }
  rs_test_remove_dir (dir);
}

static void
test_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autofree char *subject = NULL, *body = NULL;
  g_autofree char *out = g_build_filename (dir, "breve", NULL);
  g_autofree char *path = NULL, *uri = NULL, *text = NULL;
  g_autoptr(GObject) pdf = NULL;
  gboolean custom = TRUE;

  g_assert_true (rs_letters_get_template (db, process_id, RS_LETTER_THANK_YOU, &subject, &body,
                                          &custom, &error));
  g_assert_false (custom);
  g_assert_nonnull (strstr (body, "{navn}"));
  g_clear_pointer (&subject, g_free);
  g_clear_pointer (&body, g_free);

  g_assert_false (rs_letters_set_template (db, process_id, RS_LETTER_THANK_YOU, "Tak",
                                           "Kære {fornavn}", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "{fornavn}"));
  g_clear_error (&error);

  g_assert_true (rs_letters_set_template (db, process_id, RS_LETTER_THANK_YOU,
                                          "Tak fra {kommune}",
                                          "Kære {navn}\n\nTak for din tid i {proces}.\n\n"
                                          "Hilsen\n{afsender}", &error));
  g_assert_no_error (error);
  g_assert_true (rs_letters_get_template (db, process_id, RS_LETTER_THANK_YOU, &subject, &body,
                                          &custom, &error));
  g_assert_true (custom);
  g_assert_cmpstr (subject, ==, "Tak fra {kommune}");

  g_assert_true (rs_letters_write (db, process_id, RS_LETTER_THANK_YOU, 0, 0, RS_LETTER_FORMAT_PDF,
                                   out, NULL, &path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  text = page_text (POPPLER_DOCUMENT (pdf), 0);
  g_assert_nonnull (strstr (text, "Tak fra Havbjerg Kommune"));
  g_assert_nonnull (strstr (text, "Tak for din tid i Budget 2027."));

  /* Back to the built-in text. */
  g_assert_true (rs_letters_set_template (db, process_id, RS_LETTER_THANK_YOU, NULL, NULL, &error));
  g_clear_pointer (&subject, g_free);
  g_clear_pointer (&body, g_free);
  g_assert_true (rs_letters_get_template (db, process_id, RS_LETTER_THANK_YOU, &subject, &body,
                                          &custom, &error));
  g_assert_false (custom);

  /* The answer letter's own template, with its fields merged per party. */
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&uri, g_free);
  g_clear_pointer (&text, g_free);
  g_clear_object (&pdf);
  g_assert_true (rs_letters_set_template (db, process_id, RS_LETTER_ANSWER, "Svar om {høring}",
                                          "Til {navn}\n\nModtaget {modtaget}.\n\n{svar}\n\n"
                                          "Med venlig hilsen\n{afsender}", &error));
  g_assert_no_error (error);
  g_assert_true (rs_letters_write (db, process_id, RS_LETTER_ANSWER, 0, 0, RS_LETTER_FORMAT_PDF,
                                   out, NULL, &path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  text = page_text (POPPLER_DOCUMENT (pdf), 0);
  g_assert_nonnull (strstr (text, "Svar om Høring over budgetforslag 2027"));
  g_assert_nonnull (strstr (text, "Modtaget "));
  g_assert_null (strstr (text, "{"));
  rs_test_remove_dir (dir);
}

static void
test_merge (void)
{
  g_autoptr(GHashTable) fields = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *a = NULL, *b = NULL;

  g_hash_table_insert (fields, (char *) "navn", (char *) "Fatima Jensen");
  g_hash_table_insert (fields, (char *) "møde", (char *) "Borgerrådsmøde 1");
  a = rs_letters_merge ("Kære {navn}, velkommen til {møde}.", fields);
  b = rs_letters_merge ("{ukendt} og { navn } og {navn", fields);
  g_assert_cmpstr (a, ==, "Kære Fatima Jensen, velkommen til Borgerrådsmøde 1.");
  g_assert_cmpstr (b, ==, "{ukendt} og { navn } og {navn");
}

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-letters-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "r.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "breve", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  {
    const char *argv[] = { "sample", "--db", db, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "letters", "--db", db, "--process", "1", "--kind", "reserve", "--out",
                           out_dir, "--format", "odt", NULL };
    g_autofree char *expected = g_build_filename (out_dir, "reserve.odt", NULL);
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "Wrote 13 letters to "));
    g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "letters", "--db", db, "--process", "1", "--kind", "answer", "--out",
                           out_dir, "--round", "1", NULL };
    g_autofree char *expected = g_build_filename (out_dir, "answer.pdf", NULL);
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "Wrote "));
    g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "letters", "--db", db, "--process", "1", "--kind", "reminder", "--out",
                           out_dir, "--round", "1", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--round"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "letters", "--db", db, "--process", "1", "--kind", "postcard", "--out",
                           out_dir, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "thank-you"));
    g_assert_nonnull (strstr (err, "you-said-we-did"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "letters", "template", "--db", db, "--process", "1", "--kind",
                           "meeting", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "Invitation til {møde}\n\nKære {navn}"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/involvement/letters/every-kind", test_every_kind);
  g_test_add_func ("/involvement/letters/templates", test_templates);
  g_test_add_func ("/involvement/letters/merge", test_merge);
  g_test_add_func ("/involvement/letters/cli", test_cli);
  return g_test_run ();
}
