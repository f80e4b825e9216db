package org.talentflow.analytics;

/** A startup founded by an alumnus, with its city when known. */
public record AlumniStartup(String founder, String startup, String city, String date) {
}
