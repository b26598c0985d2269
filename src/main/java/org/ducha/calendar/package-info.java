/** Working-day calendar: holidays, make-up working days, deadline arithmetic and traffic lights (SPEC §3). */
package org.ducha.calendar;
