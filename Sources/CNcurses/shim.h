#ifndef QUOTH_CNCURSES_SHIM_H
#define QUOTH_CNCURSES_SHIM_H

// SwiftPM drops the -D flags pkg-config would add, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 treats these C globals as unsafe shared state; read them through functions.
static inline WINDOW *quoth_stdscr(void) { return stdscr; }
static inline int quoth_lines(void) { return LINES; }
static inline int quoth_cols(void) { return COLS; }
static inline int quoth_colors(void) { return COLORS; }
static inline int quoth_color_pairs(void) { return COLOR_PAIRS; }
static inline int quoth_key_resize(void) { return KEY_RESIZE; }
static inline int quoth_key_mouse(void) { return KEY_MOUSE; }
static inline int quoth_err(void) { return ERR; }
static inline int quoth_ok(void) { return OK; }
static inline int quoth_key_code_yes(void) { return KEY_CODE_YES; }

/// Builds a cchar_t for one cell: a base character plus up to 4 combining marks.
static inline int quoth_setcchar(cchar_t *cell, const wchar_t *chars, attr_t attrs, short pair) {
  return setcchar(cell, chars, attrs, pair, NULL);
}

/// Mouse helpers: mmask constants differ across ncurses builds.
static inline unsigned long quoth_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline unsigned long quoth_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline unsigned long quoth_button5_pressed(void) { return 0; }
#endif
static inline unsigned long quoth_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }


// Attribute and colour macros are function-like in curses.h, which Swift cannot import.
static inline attr_t quoth_a_normal(void) { return A_NORMAL; }
static inline attr_t quoth_a_bold(void) { return A_BOLD; }
static inline attr_t quoth_a_dim(void) { return A_DIM; }
static inline attr_t quoth_a_underline(void) { return A_UNDERLINE; }
static inline attr_t quoth_a_reverse(void) { return A_REVERSE; }
static inline attr_t quoth_a_italic(void) { return A_ITALIC; }
static inline FILE *quoth_stdin(void) { return stdin; }
static inline FILE *quoth_stdout(void) { return stdout; }
static inline int quoth_key_f0(void) { return KEY_F0; }

// Signals: the handlers only record which signal came; the run loop acts on it.
#include <signal.h>
// One variable for the whole program. A `static` one is copied into every Swift module that
// inlines these helpers, so the handler could set one copy while the run loop read another: a
// release build then ignored SIGHUP and SIGTERM. The linker merges weak definitions into one.
__attribute__((weak)) volatile sig_atomic_t quoth_pending_signal = 0;
static void quoth_record_signal(int sig) { quoth_pending_signal = sig; }
/// Installs the recording handler for SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGTSTP. Call before
/// newterm so that ncurses leaves them alone.
static inline int quoth_install_signal_handlers(void) {
  struct sigaction action;
  action.sa_handler = quoth_record_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  int failed = 0;
  failed |= sigaction(SIGINT, &action, NULL);
  failed |= sigaction(SIGTERM, &action, NULL);
  failed |= sigaction(SIGHUP, &action, NULL);
  failed |= sigaction(SIGQUIT, &action, NULL);
  failed |= sigaction(SIGTSTP, &action, NULL);
  signal(SIGPIPE, SIG_IGN);
  return failed;
}
/// Whether the C library's character set (after setlocale) is UTF-8: if not, curses can only
/// draw ASCII reliably.
static inline int quoth_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) return 0;
  return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') &&
         (codeset[2] == 'F' || codeset[2] == 'f') && (codeset[3] == '-' ? codeset[4] == '8' : codeset[3] == '8');
}
/// Whether the terminal behind `fd` has hung up (a dropped SSH connection), without waiting.
static inline int quoth_hung_up(int fd) {
  struct pollfd entry;
  entry.fd = fd;
  entry.events = POLLIN;
  entry.revents = 0;
  if (poll(&entry, 1, 0) < 0) return 0;
  return (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
/// The signal that came since the last call, or 0.
static inline int quoth_take_signal(void) {
  int sig = quoth_pending_signal;
  quoth_pending_signal = 0;
  return sig;
}

/// Stops the process as Ctrl-Z does by default, and returns once it is continued (`fg`).
static inline void quoth_stop_self(void) {
  struct sigaction stop, previous;
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  stop.sa_flags = 0;
  sigaction(SIGTSTP, &stop, &previous);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(SIGTSTP);
  sigaction(SIGTSTP, &previous, NULL);
}

// Terminfo, for the one row quoth writes itself (see Terminal.swift). Included last: term.h
// defines capability macros with common names (lines, columns, tab) that nothing above may see.
#include <ncursesw/term.h>

/// A string capability of the current terminal, or NULL when it has none.
static inline const char *quoth_capability(const char *name) {
  const char *value = tigetstr(name);
  return value == (const char *)-1 ? NULL : value;
}
/// Whether the current terminal has a boolean capability.
static inline int quoth_flag(const char *name) { return tigetflag(name) > 0; }
/// A capability with one or two parameters filled in (tiparm is variadic, which Swift cannot call).
static inline const char *quoth_tiparm1(const char *capability, int first) { return tiparm(capability, first); }
static inline const char *quoth_tiparm2(const char *capability, int first, int second) {
  return tiparm(capability, first, second);
}
/// The window's size as the kernel reports it for `fd`; returns 0 on success.
static inline int quoth_window_size(int fd, int *height, int *width) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
  *height = size.ws_row;
  *width = size.ws_col;
  return 0;
}
/// The SIGTSTP number, for the run loop.
static inline int quoth_sigtstp(void) { return SIGTSTP; }

#endif
