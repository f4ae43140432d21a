/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_PANEL (rs_panel_get_type ())
G_DECLARE_FINAL_TYPE (RsPanel, rs_panel, RS, PANEL, GObject)

/* A citizens' council or panel of a budget process: its mandate, size and
 * eligibility rules. A plain value object; RsPanelStore reads and writes it. */
RsPanel    *rs_panel_new                         (void);
RsPanel    *rs_panel_copy                        (RsPanel    *self);
/* The row's version when read (0: a panel not read from the database,
 * saved without checking); see rs_panel_store_update(). */
gint64      rs_panel_get_version                 (RsPanel    *self);
void        rs_panel_set_version                 (RsPanel    *self,
                                                  gint64      version);
gint64      rs_panel_get_id                      (RsPanel    *self);
void        rs_panel_set_id                      (RsPanel    *self,
                                                  gint64      id);
gint64      rs_panel_get_process_id              (RsPanel    *self);
void        rs_panel_set_process_id              (RsPanel    *self,
                                                  gint64      process_id);
const char *rs_panel_get_name                    (RsPanel    *self);
void        rs_panel_set_name                    (RsPanel    *self,
                                                  const char *name);
const char *rs_panel_get_mandate                 (RsPanel    *self);
void        rs_panel_set_mandate                 (RsPanel    *self,
                                                  const char *mandate);
const char *rs_panel_get_status                  (RsPanel    *self);
void        rs_panel_set_status                  (RsPanel    *self,
                                                  const char *status);
int         rs_panel_get_size                    (RsPanel    *self);
void        rs_panel_set_size                    (RsPanel    *self,
                                                  int         size);
gboolean    rs_panel_get_has_chair               (RsPanel    *self);
void        rs_panel_set_has_chair               (RsPanel    *self,
                                                  gboolean    value);
int         rs_panel_get_min_age                 (RsPanel    *self);
void        rs_panel_set_min_age                 (RsPanel    *self,
                                                  int         years);
gboolean    rs_panel_get_require_resident        (RsPanel    *self);
void        rs_panel_set_require_resident        (RsPanel    *self,
                                                  gboolean    value);
gboolean    rs_panel_get_exclude_council_members (RsPanel    *self);
void        rs_panel_set_exclude_council_members (RsPanel    *self,
                                                  gboolean    value);
gboolean    rs_panel_get_exclude_employees       (RsPanel    *self);
void        rs_panel_set_exclude_employees       (RsPanel    *self,
                                                  gboolean    value);
gboolean    rs_panel_get_one_per_household       (RsPanel    *self);
void        rs_panel_set_one_per_household       (RsPanel    *self,
                                                  gboolean    value);
int         rs_panel_get_cooloff_years           (RsPanel    *self);
void        rs_panel_set_cooloff_years           (RsPanel    *self,
                                                  int         years);
double      rs_panel_get_quota_tolerance         (RsPanel    *self);
void        rs_panel_set_quota_tolerance         (RsPanel    *self,
                                                  double      percent);

G_END_DECLS
