package org.entente.classroom;

/** A student who joined: a number in order of joining, the name they gave, and their secret bearer token. */
record Student(int number, String name, String token) {
}
