package jp.tsunagari.notification;

import java.time.LocalTime;

/** A person's digest setting: on or off, and the time of day it comes on working days. */
record DigestPreference(boolean enabled, LocalTime time) {
}
