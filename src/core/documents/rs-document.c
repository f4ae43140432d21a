/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rs-document-private.h"
#include "rs-numeric-locale.h"

struct _RsDocument
{
  GObject    parent_instance;

  char      *title;
  char      *subtitle;
  char      *language;
  char      *footer;
  gboolean   show_toc;
  GPtrArray *blocks;       /* of RsBlock */
  RsBlock   *open_table;   /* the table rows go into, or NULL */
  int        n_headings;
};

G_DEFINE_TYPE (RsDocument, rs_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_LANGUAGE,
  PROP_FOOTER,
  PROP_SHOW_TOC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (rs-document-error-quark, rs_document_error)

/* Page wording follows the document's language, not the UI locale: a
 * council package in Danish gets "Side 2 af 9" even when it is exported
 * from an English desktop. The strings are marked for translation so the
 * Danish catalogue carries the same words; the table below is what the
 * writers use. Languages other than Danish get English. */
static const char *const english_strings[] = {
  /* Translators: heading of the table of contents of a report */
  [RS_DOCUMENT_STRING_CONTENTS] = NC_("report", "Contents"),
  /* Translators: page number at the foot of a report page */
  [RS_DOCUMENT_STRING_PAGE_X_OF_Y] = N_("Page %d of %d"),
  /* Translators: in the footer "Page 3 of 9", the word before the page number */
  [RS_DOCUMENT_STRING_PAGE] = NC_("page footer", "Page"),
  /* Translators: in the footer "Page 3 of 9", the word before the page count */
  [RS_DOCUMENT_STRING_OF] = NC_("page footer", "of"),
  /* Translators: text alternative of an image in a report that has none */
  [RS_DOCUMENT_STRING_IMAGE] = NC_("report", "Image"),
};

static const char *const danish_strings[] = {
  [RS_DOCUMENT_STRING_CONTENTS] = "Indhold",
  [RS_DOCUMENT_STRING_PAGE_X_OF_Y] = "Side %d af %d",
  [RS_DOCUMENT_STRING_PAGE] = "Side",
  [RS_DOCUMENT_STRING_OF] = "af",
  [RS_DOCUMENT_STRING_IMAGE] = "Billede",
};

/* Valid UTF-8 without control characters (except newline and tab), so no
 * writer can produce an invalid XML or PDF text run. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)
          || c == 0xfffe || c == 0xffff)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static GStrv
clean_strv (const char * const *items,
            int                 n)
{
  GStrv out;

  if (n < 0)
    n = items != NULL ? (int) g_strv_length ((GStrv) items) : 0;
  out = g_new0 (char *, n + 1);
  for (int i = 0; i < n; i++)
    {
      gboolean have = items != NULL;

      /* Short rows are padded with empty cells. */
      for (int k = 0; have && k <= i; k++)
        have = items[k] != NULL;
      out[i] = clean_text (have ? items[i] : "");
    }
  return out;
}

static void
rs_block_free (RsBlock *block)
{
  g_free (block->text);
  g_free (block->key);
  g_strfreev (block->items);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->png, g_bytes_unref);
  g_free (block);
}

static RsBlock *
add_block (RsDocument  *self,
           RsBlockKind  kind)
{
  RsBlock *block = g_new0 (RsBlock, 1);

  block->kind = kind;
  self->open_table = NULL;   /* any other block ends an open table */
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
rs_document_finalize (GObject *object)
{
  RsDocument *self = RS_DOCUMENT (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->language);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (rs_document_parent_class)->finalize (object);
}

static void
rs_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RsDocument *self = RS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_FOOTER:
      g_value_set_string (value, self->footer);
      break;
    case PROP_SHOW_TOC:
      g_value_set_boolean (value, self->show_toc);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RsDocument *self = RS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = clean_text (g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      rs_document_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      g_free (self->language);
      self->language = clean_text (g_value_get_string (value));
      break;
    case PROP_FOOTER:
      rs_document_set_footer (self, g_value_get_string (value));
      break;
    case PROP_SHOW_TOC:
      rs_document_set_show_toc (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_document_class_init (RsDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_document_finalize;
  object_class->get_property = rs_document_get_property;
  object_class->set_property = rs_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOOTER] =
    g_param_spec_string ("footer", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TOC] =
    g_param_spec_boolean ("show-toc", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_document_init (RsDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_block_free);
}

RsDocument *
rs_document_new (const char *title,
                 const char *language)
{
  return g_object_new (RS_TYPE_DOCUMENT,
                       "title", title,
                       "language", language != NULL ? language : "en",
                       NULL);
}

void
rs_document_set_subtitle (RsDocument *self,
                          const char *subtitle)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));

  g_free (self->subtitle);
  self->subtitle = subtitle != NULL && *subtitle ? clean_text (subtitle) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

void
rs_document_set_footer (RsDocument *self,
                        const char *footer)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));

  g_free (self->footer);
  self->footer = footer != NULL && *footer ? clean_text (footer) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOOTER]);
}

void
rs_document_set_show_toc (RsDocument *self,
                          gboolean    show_toc)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));

  show_toc = !!show_toc;
  if (self->show_toc == show_toc)
    return;
  self->show_toc = show_toc;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TOC]);
}

const char *
rs_document_get_title (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
rs_document_get_subtitle (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->subtitle;
}

const char *
rs_document_get_language (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->language;
}

const char *
rs_document_get_footer (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->footer;
}

gboolean
rs_document_get_show_toc (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return self->show_toc;
}

void
rs_document_add_heading (RsDocument *self,
                         int         level,
                         const char *text)
{
  RsBlock *block;

  g_return_if_fail (RS_IS_DOCUMENT (self));

  block = add_block (self, RS_BLOCK_HEADING);
  block->level = CLAMP (level, 1, 3);
  block->anchor = ++self->n_headings;
  block->text = clean_text (text);
}

void
rs_document_add_paragraph (RsDocument *self,
                           const char *text)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  add_block (self, RS_BLOCK_PARAGRAPH)->text = clean_text (text);
}

void
rs_document_add_quote (RsDocument *self,
                       const char *text)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  add_block (self, RS_BLOCK_QUOTE)->text = clean_text (text);
}

void
rs_document_add_list (RsDocument         *self,
                      const char * const *items,
                      gboolean            numbered)
{
  RsBlock *block;

  g_return_if_fail (RS_IS_DOCUMENT (self));

  block = add_block (self, RS_BLOCK_LIST);
  block->items = clean_strv (items, -1);
  block->numbered = !!numbered;
}

void
rs_document_add_field (RsDocument *self,
                       const char *key,
                       const char *value)
{
  RsBlock *block;

  g_return_if_fail (RS_IS_DOCUMENT (self));

  block = add_block (self, RS_BLOCK_FIELD);
  block->key = clean_text (key);
  block->text = clean_text (value);
}

void
rs_document_begin_table (RsDocument         *self,
                         const char * const *header)
{
  RsBlock *block;

  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (header != NULL && header[0] != NULL);

  block = add_block (self, RS_BLOCK_TABLE);
  block->items = clean_strv (header, -1);
  block->n_columns = g_strv_length (block->items);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->open_table = block;
}

void
rs_document_add_row (RsDocument         *self,
                     const char * const *cells)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);

  /* Exactly n_columns cells: missing ones are empty, extra ones dropped. */
  g_ptr_array_add (self->open_table->rows,
                   clean_strv (cells, self->open_table->n_columns));
}

void
rs_document_end_table (RsDocument *self)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  self->open_table = NULL;
}

void
rs_document_add_image (RsDocument *self,
                       GBytes     *png,
                       const char *alt_text)
{
  RsBlock *block;

  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (png != NULL);

  block = add_block (self, RS_BLOCK_IMAGE);
  block->png = g_bytes_ref (png);
  block->text = clean_text (alt_text);
}

void
rs_document_add_page_break (RsDocument *self)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  add_block (self, RS_BLOCK_PAGE_BREAK);
}

gboolean
rs_document_format_from_string (const char       *name,
                                RsDocumentFormat *format)
{
  static const char *const names[] = { "pdf", "odt", "html" };

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (RsDocumentFormat) i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (name, "htm") == 0)
    {
      *format = RS_DOCUMENT_FORMAT_HTML;
      return TRUE;
    }
  return FALSE;
}

const char *
rs_document_format_get_extension (RsDocumentFormat format)
{
  switch (format)
    {
    case RS_DOCUMENT_FORMAT_PDF:
      return "pdf";
    case RS_DOCUMENT_FORMAT_ODT:
      return "odt";
    case RS_DOCUMENT_FORMAT_HTML:
      return "html";
    default:
      g_return_val_if_reached (NULL);
    }
}

GPtrArray *
_rs_document_get_blocks (RsDocument *self)
{
  return self->blocks;
}

const char *
_rs_document_string (RsDocument       *self,
                     RsDocumentString  id)
{
  g_return_val_if_fail (id < G_N_ELEMENTS (english_strings), "");

  if (self->language != NULL
      && g_ascii_strncasecmp (self->language, "da", 2) == 0
      && (self->language[2] == '\0' || self->language[2] == '-' || self->language[2] == '_'))
    return danish_strings[id];
  return english_strings[id];
}

char *
_rs_document_page_label (RsDocument *self,
                         int         page,
                         int         n_pages)
{
  const char *format = _rs_document_string (self, RS_DOCUMENT_STRING_PAGE_X_OF_Y);
  const char *first = strstr (format, "%d");
  const char *second = first != NULL ? strstr (first + 2, "%d") : NULL;

  /* The format comes from the table above, never from a catalogue, but it
   * is still filled in by hand so no format string is ever non-literal. */
  g_return_val_if_fail (second != NULL, g_strdup_printf ("%d/%d", page, n_pages));
  return g_strdup_printf ("%.*s%d%.*s%d%s", (int) (first - format), format, page,
                          (int) (second - first - 2), first + 2, n_pages, second + 2);
}

const char *
_rs_document_language_tag (RsDocument *self)
{
  const char *lang = self->language;

  if (lang == NULL || *lang == '\0' || strlen (lang) > 35)
    return "und";
  for (const char *p = lang; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return "und";
  return lang;
}

void
_rs_document_append_escaped (GString    *out,
                             const char *text)
{
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&':
        g_string_append (out, "&amp;");
        break;
      case '<':
        g_string_append (out, "&lt;");
        break;
      case '>':
        g_string_append (out, "&gt;");
        break;
      case '"':
        g_string_append (out, "&quot;");
        break;
      case '\'':
        g_string_append (out, "&#39;");
        break;
      default:
        g_string_append_c (out, *p);
      }
}

gboolean
_rs_document_png_size (GBytes *png,
                       guint  *width,
                       guint  *height)
{
  static const guint8 magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const guint8 *data = g_bytes_get_data (png, &size);

  if (size < 24 || memcmp (data, magic, sizeof magic) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = ((guint) data[16] << 24) | ((guint) data[17] << 16) | ((guint) data[18] << 8) | data[19];
  *height = ((guint) data[20] << 24) | ((guint) data[21] << 16) | ((guint) data[22] << 8) | data[23];
  return *width > 0 && *height > 0;
}

/* An export killed before its rename leaves ".<name>.<8 hex digits>.part"
 * behind. Those of @basename older than this are removed by the next export
 * to the same name (a younger one may belong to an export still running). */
#define STALE_PART_SECONDS (10 * 60)

static gboolean
is_part_of (const char *name,
            const char *basename)
{
  gsize prefix = strlen (basename) + 1;

  if (name[0] != '.' || strncmp (name + 1, basename, prefix - 1) != 0 || name[prefix] != '.' ||
      strlen (name) != prefix + 1 + 8 + 5 || !g_str_has_suffix (name, ".part"))
    return FALSE;
  for (guint i = 0; i < 8; i++)
    if (!g_ascii_isxdigit (name[prefix + 1 + i]))
      return FALSE;
  return TRUE;
}

static void
remove_stale_parts (GFile      *dir,
                    const char *basename)
{
  g_autoptr(GFileEnumerator) children = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && is_part_of (name, basename) &&
          now - (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED)
            > STALE_PART_SECONDS)
        {
          g_autoptr(GFile) stale = g_file_get_child (dir, name);
          g_file_delete (stale, NULL, NULL);
        }
    }
}

static GFile *
create_temp_file (GFile              *dir,
                  const char         *basename,
                  GFileOutputStream **stream,
                  GCancellable       *cancellable,
                  GError            **error)
{
  for (int attempt = 0; ; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.part", basename, g_random_int ());
      g_autoptr(GFile) tmp = g_file_get_child (dir, name);
      g_autoptr(GError) local_error = NULL;

      *stream = g_file_create (tmp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (*stream != NULL)
        return g_steal_pointer (&tmp);
      if (attempt >= 10 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

gboolean
rs_document_write (RsDocument        *self,
                   RsDocumentFormat   format,
                   const char        *path,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) tmp = NULL;
  g_autoptr(GFileOutputStream) file_stream = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autoptr(RsNumericLocale) numeric = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  file = g_file_new_for_path (path);
  display = g_filename_display_name (path);
  dir = g_file_get_parent (file);
  basename = g_file_get_basename (file);
  if (dir == NULL || basename == NULL || g_file_query_file_type (file, 0, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
                   _("Cannot save the document as “%s”: it is not a file name"), display);
      return FALSE;
    }
  if (g_file_query_file_type (dir, 0, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *dir_path = g_file_get_path (dir);
      g_autofree char *dir_display = g_filename_display_name (dir_path);

      g_set_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
                   _("Cannot save the document as “%s”: the folder “%s” does not exist"),
                   display, dir_display);
      return FALSE;
    }

  /* Every number the writers put into the file (PDF tag attributes, ODF
   * lengths) is written and read in the "C" format, whatever the locale. */
  numeric = rs_numeric_locale_begin ();

  /* Write next to the target and rename at the end, so a failed or
   * cancelled export never leaves a half-written file behind. */
  remove_stale_parts (dir, basename);
  tmp = create_temp_file (dir, basename, &file_stream, cancellable, &local_error);
  if (tmp == NULL)
    goto out;
  out = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (file_stream), 64 * 1024);

  switch (format)
    {
    case RS_DOCUMENT_FORMAT_PDF:
      ok = _rs_document_write_pdf (self, out, cancellable, &local_error);
      break;
    case RS_DOCUMENT_FORMAT_ODT:
      ok = _rs_document_write_odt (self, out, cancellable, &local_error);
      break;
    case RS_DOCUMENT_FORMAT_HTML:
      ok = _rs_document_write_html (self, out, cancellable, &local_error);
      break;
    default:
      g_set_error (&local_error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_FORMAT,
                   _("Unknown document format %d"), (int) format);
    }
  if (ok)
    ok = g_output_stream_close (out, cancellable, &local_error);
  else
    g_output_stream_close (out, NULL, NULL);
  if (ok)
    ok = g_file_move (tmp, file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                      cancellable, NULL, NULL, &local_error);

out:
  if (!ok)
    {
      if (tmp != NULL)
        g_file_delete (tmp, NULL, NULL);
      if (local_error->domain == RS_DOCUMENT_ERROR
          || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
                     _("Cannot save the document as “%s”: %s"), display, local_error->message);
    }
  return ok;
}

typedef struct
{
  RsDocumentFormat  format;
  char             *path;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (rs_document_write (source_object, data->format, data->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rs_document_write_async (RsDocument          *self,
                         RsDocumentFormat     format,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rs_document_write_async);
  data = g_new0 (WriteData, 1);
  data->format = format;
  data->path = g_strdup (path);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
rs_document_write_finish (RsDocument    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
