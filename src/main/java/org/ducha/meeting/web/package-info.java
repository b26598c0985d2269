/** Pages and REST endpoints of the meetings: list, form, meeting page with leave and check-in, the attendance notice, API. */
package org.ducha.meeting.web;
