package org.ducha.intake;

/** The disposal of an accepted report (问题线索处置, SPEC §5). */
public enum DisposalMethod {
	/** 谈话函询: the accused answers in writing within 15 working days of receiving the letter. */
	INQUIRY,
	/** 初步核实: a verification team, due within 40 working days, extendable once by 20. */
	VERIFICATION,
	/** 暂存待查: kept, with a review date. */
	HOLD,
	/** 予以了结: closed without further action, with a reason. */
	CLOSE
}
