/** Meetings and attendance (会议考勤): required attendees, leave requests, check-in, the attendance notice, repeated absences. */
package org.ducha.meeting;
