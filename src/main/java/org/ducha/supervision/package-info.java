/** Supervised tasks (督查督办): units, targets, milestones scheduled backwards, progress, the chart, ratings. */
package org.ducha.supervision;
