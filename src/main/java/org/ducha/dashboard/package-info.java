/** Statistics read models and the unit ranking (SPEC §10), computed through the other modules' public queries. */
package org.ducha.dashboard;
