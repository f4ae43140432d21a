/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-import-private.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"

/*
 * Outlook messages (.msg): a Compound File (the OLE2 container) holding one
 * stream per MAPI property. Read: the sender (name and SMTP address, or the
 * From: of the transport headers), the delivery or submit time, the subject,
 * the plain-text body (else the HTML one) and the attachments. Every offset
 * is checked against the file; a damaged container is refused.
 */

#define CFB_FREE   0xFFFFFFFFu
#define CFB_END    0xFFFFFFFEu
#define CFB_MAX_SECTORS (1u << 22)

typedef struct
{
  const guchar *data;
  gsize         size;
  guint         shift;
  GArray       *fat;       /* guint32 */
  GArray       *minifat;   /* guint32 */
  GByteArray   *ministream;
  GByteArray   *directory;
  guint32       mini_cutoff;
} Cfb;

typedef struct
{
  char    *name;
  guint8   type;           /* 1 storage, 2 stream, 5 root */
  guint32  left, right, child;
  guint32  start;
  guint64  size;
} CfbEntry;

static guint32
u32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static guint16
u16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static void
cfb_clear (Cfb *cfb)
{
  g_clear_pointer (&cfb->fat, g_array_unref);
  g_clear_pointer (&cfb->minifat, g_array_unref);
  g_clear_pointer (&cfb->ministream, g_byte_array_unref);
  g_clear_pointer (&cfb->directory, g_byte_array_unref);
}

/* The bytes of the regular sector chain starting at @start. */
static GByteArray *
read_chain (Cfb     *cfb,
            guint32  start,
            gsize    limit)
{
  GByteArray *out = g_byte_array_new ();
  gsize sector_size = (gsize) 1 << cfb->shift;
  guint steps = 0;

  for (guint32 s = start; s != CFB_END && out->len < limit; steps++)
    {
      gsize offset = ((gsize) s + 1) << cfb->shift;

      /* A chain has at most as many sectors as the file: a cycle ends here. */
      if (s >= cfb->fat->len || steps > (cfb->size >> cfb->shift) || offset + sector_size > cfb->size)
        {
          g_byte_array_unref (out);
          return NULL;
        }
      g_byte_array_append (out, cfb->data + offset, sector_size);
      s = g_array_index (cfb->fat, guint32, s);
    }
  return out;
}

static GByteArray *
read_mini_chain (Cfb     *cfb,
                 guint32  start,
                 gsize    size)
{
  GByteArray *out = g_byte_array_new ();
  guint steps = 0;

  for (guint32 s = start; s != CFB_END && out->len < size; steps++)
    {
      gsize offset = (gsize) s * 64;

      if (s >= cfb->minifat->len || cfb->ministream == NULL || steps > cfb->ministream->len / 64 ||
          offset + 64 > cfb->ministream->len)
        {
          g_byte_array_unref (out);
          return NULL;
        }
      g_byte_array_append (out, cfb->ministream->data + offset, 64);
      s = g_array_index (cfb->minifat, guint32, s);
    }
  if (out->len < size)
    {
      g_byte_array_unref (out);
      return NULL;
    }
  g_byte_array_set_size (out, size);
  return out;
}

static gboolean
cfb_entry (Cfb      *cfb,
           guint32   index,
           CfbEntry *entry)
{
  const guchar *e;
  guint16 name_len;
  g_autofree gunichar2 *name = NULL;

  if (index == CFB_FREE || (gsize) index * 128 + 128 > cfb->directory->len)
    return FALSE;
  e = cfb->directory->data + (gsize) index * 128;
  name_len = MIN (u16 (e + 0x40), 64);
  name = g_new0 (gunichar2, 33);
  for (guint i = 0; i + 1 < name_len && i / 2 < 32; i += 2)
    name[i / 2] = u16 (e + i);
  entry->name = g_utf16_to_utf8 (name, -1, NULL, NULL, NULL);
  entry->type = e[0x42];
  entry->left = u32 (e + 0x44);
  entry->right = u32 (e + 0x48);
  entry->child = u32 (e + 0x4C);
  entry->start = u32 (e + 0x74);
  entry->size = u32 (e + 0x78) | ((guint64) (cfb->shift == 12 ? u32 (e + 0x7C) : 0) << 32);
  if (entry->name == NULL)
    entry->name = g_strdup ("");
  return TRUE;
}

static GBytes *
cfb_stream (Cfb            *cfb,
            const CfbEntry *entry)
{
  GByteArray *bytes;

  if (entry->size > 64 * 1024 * 1024)
    return NULL;
  if (entry->size < cfb->mini_cutoff)
    bytes = read_mini_chain (cfb, entry->start, entry->size);
  else
    {
      bytes = read_chain (cfb, entry->start, entry->size);
      if (bytes != NULL && bytes->len < entry->size)
        g_clear_pointer (&bytes, g_byte_array_unref);
      if (bytes != NULL)
        g_byte_array_set_size (bytes, entry->size);
    }
  return bytes ? g_byte_array_free_to_bytes (bytes) : NULL;
}

static gboolean
cfb_open (Cfb          *cfb,
          const guchar *data,
          gsize         size)
{
  guint32 n_fat, dir_start, minifat_start, difat_start, n_difat;
  CfbEntry root = { 0 };
  gsize sector_size;

  memset (cfb, 0, sizeof *cfb);
  cfb->data = data;
  cfb->size = size;
  if (size < 512 || memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
    return FALSE;
  cfb->shift = u16 (data + 0x1E);
  if (cfb->shift != 9 && cfb->shift != 12)
    return FALSE;
  sector_size = (gsize) 1 << cfb->shift;
  n_fat = u32 (data + 0x2C);
  dir_start = u32 (data + 0x30);
  cfb->mini_cutoff = u32 (data + 0x38);
  minifat_start = u32 (data + 0x3C);
  difat_start = u32 (data + 0x44);
  n_difat = u32 (data + 0x48);
  if (n_fat > CFB_MAX_SECTORS / (sector_size / 4) || n_fat > (size >> cfb->shift) ||
      n_difat > (size >> cfb->shift) || cfb->mini_cutoff != 4096)
    return FALSE;

  /* The FAT, from the header's 109 DIFAT slots and the DIFAT chain. */
  cfb->fat = g_array_new (FALSE, FALSE, sizeof (guint32));
  {
    g_autoptr(GArray) fat_sectors = g_array_new (FALSE, FALSE, sizeof (guint32));
    guint32 d = difat_start;

    for (guint i = 0; i < 109 && fat_sectors->len < n_fat; i++)
      {
        guint32 s = u32 (data + 0x4C + i * 4);
        g_array_append_val (fat_sectors, s);
      }
    for (guint k = 0; k < n_difat && d != CFB_END && fat_sectors->len < n_fat; k++)
      {
        gsize offset = ((gsize) d + 1) << cfb->shift;
        if (offset + sector_size > size)
          return FALSE;
        for (gsize i = 0; i + 1 < sector_size / 4 && fat_sectors->len < n_fat; i++)
          {
            guint32 s = u32 (data + offset + i * 4);
            g_array_append_val (fat_sectors, s);
          }
        d = u32 (data + offset + sector_size - 4);
      }
    for (guint i = 0; i < fat_sectors->len; i++)
      {
        guint32 s = g_array_index (fat_sectors, guint32, i);
        gsize offset = ((gsize) s + 1) << cfb->shift;
        if (s >= CFB_END - 1 || offset + sector_size > size)
          return FALSE;
        for (gsize j = 0; j < sector_size / 4; j++)
          {
            guint32 v = u32 (data + offset + j * 4);
            g_array_append_val (cfb->fat, v);
          }
      }
  }
  cfb->directory = read_chain (cfb, dir_start, G_MAXSIZE);
  if (cfb->directory == NULL || !cfb_entry (cfb, 0, &root))
    return FALSE;
  g_free (root.name);
  cfb->minifat = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (minifat_start != CFB_END)
    {
      g_autoptr(GByteArray) mf = read_chain (cfb, minifat_start, G_MAXSIZE);
      if (mf == NULL)
        return FALSE;
      for (guint i = 0; i + 4 <= mf->len; i += 4)
        {
          guint32 v = u32 (mf->data + i);
          g_array_append_val (cfb->minifat, v);
        }
    }
  if (root.start != CFB_END && root.size > 0)
    {
      cfb->ministream = read_chain (cfb, root.start, root.size);
      if (cfb->ministream == NULL)
        return FALSE;
    }
  return TRUE;
}

/* The entries of storage @storage by name: index (GUINT_TO_POINTER + 1). */
static void
collect_children (Cfb        *cfb,
                  guint32     index,
                  GHashTable *out,
                  GHashTable *seen,
                  int         depth)
{
  CfbEntry e = { 0 };

  /* Each entry once: a damaged tree may point back at itself. */
  if (depth > 256 || g_hash_table_contains (seen, GUINT_TO_POINTER (index + 1)) ||
      g_hash_table_size (seen) > 8192 || !cfb_entry (cfb, index, &e))
    return;
  g_hash_table_add (seen, GUINT_TO_POINTER (index + 1));
  collect_children (cfb, e.left, out, seen, depth + 1);
  collect_children (cfb, e.right, out, seen, depth + 1);
  {
    char *upper = g_ascii_strup (e.name, -1);
    if (!g_hash_table_contains (out, upper))
      g_hash_table_insert (out, upper, GUINT_TO_POINTER (index + 1));
    else
      g_free (upper);
  }
  g_free (e.name);
}

static GHashTable *
storage_children (Cfb     *cfb,
                  guint32  storage)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CfbEntry e = { 0 };

  if (cfb_entry (cfb, storage, &e))
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      collect_children (cfb, e.child, out, seen, 0);
      g_free (e.name);
    }
  return out;
}

static GBytes *
child_stream (Cfb        *cfb,
              GHashTable *children,
              const char *name)
{
  g_autofree char *upper = g_ascii_strup (name, -1);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (children, upper));
  CfbEntry e = { 0 };
  GBytes *bytes = NULL;

  if (index == 0 || !cfb_entry (cfb, index - 1, &e))
    return NULL;
  if (e.type == 2)
    bytes = cfb_stream (cfb, &e);
  g_free (e.name);
  return bytes;
}

/* A string property: PT_UNICODE (001F), else PT_STRING8 (001E). */
static char *
string_prop (Cfb        *cfb,
             GHashTable *children,
             guint16     id)
{
  g_autofree char *wide = g_strdup_printf ("__substg1.0_%04X001F", id);
  g_autofree char *narrow = g_strdup_printf ("__substg1.0_%04X001E", id);
  g_autoptr(GBytes) bytes = child_stream (cfb, children, wide);
  char *text = NULL;

  if (bytes != NULL)
    {
      gsize len;
      const guchar *d = g_bytes_get_data (bytes, &len);
      g_autofree gunichar2 *units = g_new0 (gunichar2, len / 2 + 1);
      for (gsize i = 0; i + 1 < len; i += 2)
        units[i / 2] = u16 (d + i);
      text = g_utf16_to_utf8 (units, -1, NULL, NULL, NULL);
    }
  else if ((bytes = child_stream (cfb, children, narrow)) != NULL)
    {
      gsize len;
      const char *d = g_bytes_get_data (bytes, &len);
      text = rs_import_decode_text (d, strnlen (d, len), NULL, NULL);
    }
  if (text != NULL)
    g_strstrip (text);
  return text;
}

/* A PT_SYSTIME property from the fixed-size property stream, as a date in
 * Danish time. */
static char *
time_prop (Cfb        *cfb,
           GHashTable *children,
           guint16     id,
           gsize       header)
{
  g_autoptr(GBytes) bytes = child_stream (cfb, children, "__properties_version1.0");
  gsize len;
  const guchar *d;

  if (bytes == NULL)
    return NULL;
  d = g_bytes_get_data (bytes, &len);
  for (gsize off = header; off + 16 <= len; off += 16)
    if (u32 (d + off) == (((guint32) id << 16) | 0x0040))
      {
        guint64 ft = u32 (d + off + 8) | ((guint64) u32 (d + off + 12) << 32);
        gint64 unix_time = (gint64) (ft / 10000000) - G_GINT64_CONSTANT (11644473600);
        g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

        if (utc == NULL || ft == 0)
          return NULL;
        return rs_date_time_to_local_iso (utc);
      }
  return NULL;
}

gboolean
rs_import_is_msg (const char *data,
                  gsize       length)
{
  return length >= 512 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0;
}

RsHearingResponse *
rs_import_read_msg (const char *display,
                    GBytes     *bytes,
                    const char *fallback_date,
                    GError    **error)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  Cfb cfb;
  g_autoptr(GHashTable) top = NULL;
  g_autofree char *class = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *date = NULL;
  g_autofree char *headers = NULL;
  g_autoptr(GString) attached = g_string_new (NULL);
  RsHearingResponse *r;

  if (!cfb_open (&cfb, data, size))
    {
      cfb_clear (&cfb);
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the Outlook message cannot be read (it is damaged)."), display);
      return NULL;
    }
  top = storage_children (&cfb, 0);
  class = string_prop (&cfb, top, 0x001A);
  if (class == NULL && !g_hash_table_contains (top, "__PROPERTIES_VERSION1.0"))
    {
      cfb_clear (&cfb);
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: an Office file, but not an Outlook message Rådslag can read."), display);
      return NULL;
    }

  r = rs_hearing_response_new ();
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, "application/vnd.ms-outlook", bytes));

  /* The sender: the SMTP address rather than an Exchange one. */
  name = string_prop (&cfb, top, 0x0C1A);
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = string_prop (&cfb, top, 0x0042);
    }
  email = string_prop (&cfb, top, 0x5D01);
  if (email == NULL || strchr (email, '@') == NULL)
    {
      g_free (email);
      email = string_prop (&cfb, top, 0x0C1F);
    }
  if (email == NULL || strchr (email, '@') == NULL)
    {
      g_free (email);
      email = string_prop (&cfb, top, 0x5D02);
    }
  headers = string_prop (&cfb, top, 0x007D);
  if ((email == NULL || strchr (email, '@') == NULL) && headers != NULL)
    {
      /* The From: of the transport headers. */
      g_auto(GStrv) lines = g_strsplit (headers, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_ascii_strncasecmp (lines[i], "From:", 5) == 0)
          {
            g_autofree char *hname = NULL;
            g_autofree char *hemail = NULL;
            if (rs_hearing_parse_sender (g_strstrip (lines[i] + 5), &hname, &hemail))
              {
                g_free (email);
                email = g_steal_pointer (&hemail);
                if (name == NULL || *name == '\0')
                  {
                    g_free (name);
                    name = g_steal_pointer (&hname);
                  }
              }
            break;
          }
    }
  if (email != NULL && strchr (email, '@') == NULL)
    g_clear_pointer (&email, g_free);
  if ((name == NULL || *name == '\0') && email == NULL)
    rs_hearing_response_add_review_reason (r, "no-sender");
  else
    {
      if (email == NULL)
        rs_hearing_response_add_review_reason (r, "no-address");
      rs_hearing_response_set_sender (r, name && *name ? name : email);
      rs_hearing_response_set_sender_email (r, email);
    }

  date = time_prop (&cfb, top, 0x0E06, 32);        /* delivered */
  if (date == NULL)
    date = time_prop (&cfb, top, 0x0039, 32);      /* sent */
  if (date == NULL)
    {
      date = g_strdup (fallback_date);
      rs_hearing_response_add_review_reason (r, "no-date");
    }

  subject = string_prop (&cfb, top, 0x0037);
  body = string_prop (&cfb, top, 0x1000);
  if (body == NULL || *body == '\0')
    {
      g_autoptr(GBytes) html = child_stream (&cfb, top, "__substg1.0_10130102");
      g_free (body);
      body = NULL;
      if (html != NULL)
        {
          gsize len;
          const char *h = g_bytes_get_data (html, &len);
          g_autofree char *utf8 = rs_import_decode_text (h, len, NULL, NULL);
          body = rs_import_html_to_text (utf8);
        }
    }

  /* Attachments: __attach_version1.0_#00000000 … */
  {
    GHashTableIter iter;
    gpointer key, value;
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    g_hash_table_iter_init (&iter, top);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (g_str_has_prefix (key, "__ATTACH_VERSION1.0_#"))
        g_ptr_array_add (names, key);
    g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
    for (guint i = 0; i < names->len && i < 100; i++)
      {
        guint index = GPOINTER_TO_UINT (g_hash_table_lookup (top, g_ptr_array_index (names, i)));
        g_autoptr(GHashTable) att = storage_children (&cfb, index - 1);
        g_autoptr(GBytes) content = child_stream (&cfb, att, "__substg1.0_37010102");
        g_autofree char *filename = string_prop (&cfb, att, 0x3707);
        g_autofree char *mime = string_prop (&cfb, att, 0x370E);
        g_autofree char *lower = NULL;
        g_autofree char *text = NULL;

        if (content == NULL)
          continue;
        if (filename == NULL || *filename == '\0')
          {
            g_free (filename);
            filename = string_prop (&cfb, att, 0x3704);
          }
        lower = g_ascii_strdown (filename ? filename : "", -1);
        g_ptr_array_add (rs_hearing_response_get_attachments (r),
                         rs_attachment_new ("attachment", filename ? filename : "",
                                            mime && *mime ? mime : "application/octet-stream", content));
        if (g_str_has_suffix (lower, ".pdf"))
          text = rs_import_pdf_text (content, NULL, NULL, NULL);
        else if (g_str_has_suffix (lower, ".odt"))
          text = rs_import_odt_text (content);
        else if (g_str_has_suffix (lower, ".docx"))
          text = rs_import_docx_text (content);
        if (text != NULL && *text != '\0')
          {
            if (attached->len)
              g_string_append (attached, "\n\n");
            g_string_append (attached, text);
          }
      }
  }
  cfb_clear (&cfb);

  {
    g_autofree char *own = rs_import_strip_quoted (body ? body : "");
    g_autoptr(GString) all = g_string_new (own);
    if (attached->len)
      {
        if (all->len)
          g_string_append (all, "\n\n");
        g_string_append (all, attached->str);
      }
    g_strstrip (all->str);
    if (*all->str == '\0')
      rs_hearing_response_add_review_reason (r, "no-text");
    rs_hearing_response_set_text (r, all->str);
  }
  rs_hearing_response_set_subject (r, subject);
  rs_hearing_response_set_received_on (r, date);
  rs_hearing_response_set_channel (r, "email");
  return r;
}
