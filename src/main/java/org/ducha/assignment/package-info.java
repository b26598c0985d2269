/** The one 交办 lifecycle of everything handed to a unit: deadlines, lights, urging, escalation, flags. */
package org.ducha.assignment;
