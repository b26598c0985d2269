package org.ducha.rectification.web;

/** A body of one reason, e.g. dismissing a finding or sending a self-examination item back. */
record ReasonRequest(String reason) {
}
