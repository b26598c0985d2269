/** Accountability (问责): cases, jurisdiction, 一案双究, forms and effect periods, defence, appeals, candidates. */
package org.ducha.accountability;
