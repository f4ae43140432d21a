/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-municipalities"

#include "config.h"

#include "rs-municipalities.h"

/* The 98 Danish municipalities with Statistics Denmark's OMRÅDE codes
 * (as in FOLK1A) and their region codes (081–085). */
static const RsMunicipality municipalities[] = {
  { "101", "København", "084" },
  { "147", "Frederiksberg", "084" },
  { "151", "Ballerup", "084" },
  { "153", "Brøndby", "084" },
  { "155", "Dragør", "084" },
  { "157", "Gentofte", "084" },
  { "159", "Gladsaxe", "084" },
  { "161", "Glostrup", "084" },
  { "163", "Herlev", "084" },
  { "165", "Albertslund", "084" },
  { "167", "Hvidovre", "084" },
  { "169", "Høje-Taastrup", "084" },
  { "173", "Lyngby-Taarbæk", "084" },
  { "175", "Rødovre", "084" },
  { "183", "Ishøj", "084" },
  { "185", "Tårnby", "084" },
  { "187", "Vallensbæk", "084" },
  { "190", "Furesø", "084" },
  { "201", "Allerød", "084" },
  { "210", "Fredensborg", "084" },
  { "217", "Helsingør", "084" },
  { "219", "Hillerød", "084" },
  { "223", "Hørsholm", "084" },
  { "230", "Rudersdal", "084" },
  { "240", "Egedal", "084" },
  { "250", "Frederikssund", "084" },
  { "253", "Greve", "085" },
  { "259", "Køge", "085" },
  { "260", "Halsnæs", "084" },
  { "265", "Roskilde", "085" },
  { "269", "Solrød", "085" },
  { "270", "Gribskov", "084" },
  { "306", "Odsherred", "085" },
  { "316", "Holbæk", "085" },
  { "320", "Faxe", "085" },
  { "326", "Kalundborg", "085" },
  { "329", "Ringsted", "085" },
  { "330", "Slagelse", "085" },
  { "336", "Stevns", "085" },
  { "340", "Sorø", "085" },
  { "350", "Lejre", "085" },
  { "360", "Lolland", "085" },
  { "370", "Næstved", "085" },
  { "376", "Guldborgsund", "085" },
  { "390", "Vordingborg", "085" },
  { "400", "Bornholm", "084" },
  { "410", "Middelfart", "083" },
  { "420", "Assens", "083" },
  { "430", "Faaborg-Midtfyn", "083" },
  { "440", "Kerteminde", "083" },
  { "450", "Nyborg", "083" },
  { "461", "Odense", "083" },
  { "479", "Svendborg", "083" },
  { "480", "Nordfyns", "083" },
  { "482", "Langeland", "083" },
  { "492", "Ærø", "083" },
  { "510", "Haderslev", "083" },
  { "530", "Billund", "083" },
  { "540", "Sønderborg", "083" },
  { "550", "Tønder", "083" },
  { "561", "Esbjerg", "083" },
  { "563", "Fanø", "083" },
  { "573", "Varde", "083" },
  { "575", "Vejen", "083" },
  { "580", "Aabenraa", "083" },
  { "607", "Fredericia", "083" },
  { "615", "Horsens", "082" },
  { "621", "Kolding", "083" },
  { "630", "Vejle", "083" },
  { "657", "Herning", "082" },
  { "661", "Holstebro", "082" },
  { "665", "Lemvig", "082" },
  { "671", "Struer", "082" },
  { "706", "Syddjurs", "082" },
  { "707", "Norddjurs", "082" },
  { "710", "Favrskov", "082" },
  { "727", "Odder", "082" },
  { "730", "Randers", "082" },
  { "740", "Silkeborg", "082" },
  { "741", "Samsø", "082" },
  { "746", "Skanderborg", "082" },
  { "751", "Aarhus", "082" },
  { "756", "Ikast-Brande", "082" },
  { "760", "Ringkøbing-Skjern", "082" },
  { "766", "Hedensted", "082" },
  { "773", "Morsø", "081" },
  { "779", "Skive", "082" },
  { "787", "Thisted", "081" },
  { "791", "Viborg", "082" },
  { "810", "Brønderslev", "081" },
  { "813", "Frederikshavn", "081" },
  { "820", "Vesthimmerlands", "081" },
  { "825", "Læsø", "081" },
  { "840", "Rebild", "081" },
  { "846", "Mariagerfjord", "081" },
  { "849", "Jammerbugt", "081" },
  { "851", "Aalborg", "081" },
  { "860", "Hjørring", "081" },
};

const RsMunicipality *
rs_municipalities (guint *n_out)
{
  *n_out = G_N_ELEMENTS (municipalities);
  return municipalities;
}

const RsMunicipality *
rs_municipality_lookup (const char *code)
{
  g_autofree char *padded = NULL;

  if (code == NULL || *code == '\0')
    return NULL;
  padded = g_strdup_printf ("%03d", (int) g_ascii_strtoll (code, NULL, 10));
  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    if (g_str_equal (municipalities[i].code, padded) ||
        g_ascii_strcasecmp (municipalities[i].name, code) == 0 ||
        g_utf8_collate (municipalities[i].name, code) == 0)
      return &municipalities[i];
  return NULL;
}
