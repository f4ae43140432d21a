/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-scroll-guard.h"

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A tall scrolled page with a spin button, a scale and a drop-down: the
 * wheel over any of them scrolls the page and leaves the value alone,
 * unless the widget has the focus. */
static void
test_wheel_scrolls_page (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 1);
  const char *items[] = { "One", "Two", "Three", NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);
  GtkWidget *button = gtk_button_new_with_label ("Elsewhere");
  GtkWidget *filler = gtk_label_new ("");
  GtkWidget *inner;
  GtkAdjustment *vadj;
  double before;

  g_object_ref (window);
  rs_scroll_guard_install_all ();
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_widget_set_size_request (filler, -1, 3000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 50);
  gtk_range_set_value (GTK_RANGE (scale), 50);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), scale);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), filler);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  drain ();
  /* Every value widget gets the guard when realized, whoever built it. */
  g_assert_nonnull (g_object_get_data (G_OBJECT (spin), "rs-scroll-guard"));
  g_assert_nonnull (g_object_get_data (G_OBJECT (scale), "rs-scroll-guard"));
  g_assert_nonnull (g_object_get_data (G_OBJECT (dropdown), "rs-scroll-guard"));
  g_assert_null (g_object_get_data (G_OBJECT (button), "rs-scroll-guard"));
  gtk_widget_grab_focus (button);

  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  inner = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (spin)));
  before = gtk_adjustment_get_value (vadj);
  g_assert_true (rs_scroll_guard_scroll (inner, 0, 1, GDK_SCROLL_UNIT_WHEEL));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, before);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 50);

  before = gtk_adjustment_get_value (vadj);
  g_assert_true (rs_scroll_guard_scroll (scale, 0, 40, GDK_SCROLL_UNIT_SURFACE));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, before + 40);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 50);
  g_assert_true (rs_scroll_guard_scroll (gtk_widget_get_first_child (dropdown), 0, -1, GDK_SCROLL_UNIT_WHEEL));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), <, before + 40);

  /* Other widgets are not the guard's business. */
  g_assert_false (rs_scroll_guard_scroll (button, 0, 1, GDK_SCROLL_UNIT_WHEEL));
  /* With the focus, the spin button takes the wheel as before. */
  gtk_widget_grab_focus (spin);
  g_assert_false (rs_scroll_guard_scroll (inner, 0, 1, GDK_SCROLL_UNIT_WHEEL));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/scroll-guard/wheel-scrolls-page", test_wheel_scrolls_page);
  return g_test_run ();
}
