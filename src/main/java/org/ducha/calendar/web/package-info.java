/** The calendar's REST endpoints and its administration page. */
package org.ducha.calendar.web;
