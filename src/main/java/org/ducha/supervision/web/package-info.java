/** Pages and REST endpoints of the supervised tasks: list, form, task page, chart, API. */
package org.ducha.supervision.web;
