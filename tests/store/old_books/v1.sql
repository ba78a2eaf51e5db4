-- A custui book at schema v1, made by custui at commit a6fd809 tests: one fixture for 'locked by another program' (its schema held at v1)
-- by tests/store/old_books/make_old_books.py; regenerate it there, never edit it.
PRAGMA user_version = 1;
PRAGMA application_id = 1129665364;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry         TEXT,
    size             INTEGER CHECK (size IS NULL OR size >= 0),
    region           TEXT,
    city             TEXT,
    address          TEXT,
    contact_name     TEXT,
    contact_title    TEXT,
    phone            TEXT,
    phone_e164       TEXT,
    email            TEXT,
    website          TEXT,
    source           TEXT,
    grade            TEXT CHECK (grade IS NULL OR grade IN ('key', 'potential', 'normal')),
    need_match       INTEGER CHECK (need_match BETWEEN 1 AND 5),
    win_likelihood   INTEGER CHECK (win_likelihood BETWEEN 1 AND 5),
    growth_potential INTEGER CHECK (growth_potential BETWEEN 1 AND 5),
    strategic        INTEGER CHECK (strategic BETWEEN 1 AND 5),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    merged_into      INTEGER REFERENCES customers(id),
    deleted_at       TEXT
);
INSERT INTO customers VALUES(1,'C00001','深圳市瑞云信息技术有限公司','company','软件 IT & Software',340,'广东','深圳','广东省深圳市宝安区学府路192号','鹿想','总经理','0755 9915 6685','+8675599156685','xlu@ruiyun.cn','www.ruiyun.cn','转介绍 Referral','normal',3,3,NULL,1,NULL,'2025-09-30T08:20:00+00:00','2026-10-30T05:45:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(2,'C00002','Valenzuela Technologies Inc.','company','软件 IT & Software',17,'California','Los Angeles','1576 Lisa Motorway, Los Angeles, CA 90091','Tony Hamilton','Head of Engineering','(213) 263-7131','+12132637131','purchasing@valenzuela.com','www.valenzuela.com','转介绍 Referral','potential',3,3,5,2,'Budget cycle starts in January.','2026-09-24T17:20:00+00:00','2026-10-14T17:30:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(3,'C00003','合肥市鑫宏电子实业有限公司','company','制造 Manufacturing',20,'安徽','合肥','安徽省合肥市包河区学府路315号','蔡秀兰','财务经理','+86 182-1663-9404','+8618216639404','caixiulan@xinhong.cn','www.xinhong.cn','电话陌拜 Cold call','normal',4,4,NULL,2,NULL,'2024-01-12T03:45:00+00:00','2025-06-14T09:35:00+00:00',2,NULL,'2026-12-03T03:47:42+00:00');
INSERT INTO customers VALUES(4,'C00004','宏弘科技股份有限公司','company','软件 IT & Software',420,'山东','青岛','山东省青岛市黄岛区工业大道697号','萧强','采购专员','+86 532 41007782','+8653241007782','qiang.xiao@honghong.com','www.honghong.com','电话陌拜 Cold call','key',5,NULL,5,NULL,'付款一般月结60天。','2023-12-08T08:25:00+00:00','2026-02-15T02:40:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(5,'C00005','杭州市科远商贸有限公司','company','零售 Retail',67,'浙江','杭州','浙江省杭州市余杭区金融街936号B座2603室','王海燕','设备部经理','132-4063-4944','+8613240634944','haiyan.wang@keyuan.com.cn','www.keyuan.com.cn','转介绍 Referral','normal',3,NULL,4,4,NULL,'2024-01-27T04:10:00+00:00','2026-06-08T09:30:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(6,'C00006','Beacon Industrial Co., Ltd.','company','制造 Manufacturing',47,'Illinois','Chicago','491 Green Cape, Chicago, IL 60656','Elizabeth Larsen','Head of Engineering','1-773-758-3581','+17737583581',NULL,'http://beacon.com','官网 Website','key',4,3,2,4,'Engineering lead drives the decision. Price sensitive; also talking to a competitor.','2024-07-28T17:20:00+00:00','2025-08-08T15:40:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(7,'C00007','诚捷凌供应链管理股份有限公司','company','物流 Logistics',56,'湖北','武汉','湖北省武汉市洪山区人民路213号','李勇','采购经理','188 8002 1054','+8618880021054','liyong@chengjieling.com','www.chengjieling.com','阿里巴巴 Alibaba','normal',NULL,NULL,2,2,'由老客户介绍，关系不错。去年扩建了新厂房，设备需求增加。','2024-03-25T01:20:00+00:00','2024-12-13T09:00:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(8,'C00008','何凤兰','person','教育 Education',NULL,'上海','上海','上海市浦东新区长江路793号','何凤兰',NULL,'(+86)18747607395','+8618747607395','fhe453@163.com',NULL,'老客户 Existing customer','potential',2,NULL,3,3,'喜欢先看样品再决定。','2024-09-25T08:00:00+00:00','2025-06-16T03:45:00+00:00',1,NULL,NULL);
INSERT INTO customers VALUES(9,'C00009','廣州華創科技有限公司','company','制造 Manufacturing',NULL,'廣東','廣州','廣州市天河區珠江新城華夏路10號','陳志明','採購經理','020-8888 6666','+862088886666','chen.zhiming@huachuang.com.cn',NULL,NULL,'key',NULL,NULL,NULL,NULL,'繁體字客戶,香港展會認識','2026-12-03T03:47:42+00:00','2026-12-03T03:47:42+00:00',2,NULL,NULL);
INSERT INTO customers VALUES(10,'C00010','深圳市腾飞电子有限公司','company','软件 IT & Software',NULL,'广东','深圳','深圳市南山区科技园路1号','张伟','采购经理','138 0013 8000','+8613800138000','zhangwei@tengfei.cn',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'年底有设备升级预算','2026-12-03T03:47:42+00:00','2026-12-03T03:47:42+00:00',3,NULL,NULL);
INSERT INTO customers VALUES(11,'C00011','深圳市腾飞科技有限公司','company',NULL,NULL,NULL,'深圳',NULL,'刘洋',NULL,'0755-2666 8888','+8675526668888',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T03:47:42+00:00','2026-12-03T03:47:42+00:00',3,NULL,NULL);
INSERT INTO customers VALUES(12,'C00012','Northwind Traders Ltd','company','零售 Retail',NULL,NULL,'London','12 Baker Street, London W1U 3BW, UK','Margaret Peacock','Purchasing Manager','+44 20 7946 0958','+442079460958','m.peacock@northwind.co.uk',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T03:47:42+00:00','2026-12-03T03:47:42+00:00',2,NULL,NULL);
INSERT INTO customers VALUES(13,'C00013','李娜','person',NULL,NULL,NULL,'上海',NULL,NULL,NULL,'139 1234 5678','+8613912345678',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T03:47:42+00:00','2026-12-03T03:47:42+00:00',3,NULL,NULL);
CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at     TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('visit','call','meeting','email','message','event','other')),
    summary         TEXT NOT NULL DEFAULT '',
    owner           TEXT,
    sentiment       TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive','neutral','negative')),
    next_action     TEXT,
    next_action_due TEXT,
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
);
INSERT INTO interactions VALUES(1,1,'2025-10-07T04:50:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','安排技术交流','2025-10-28',1,'2025-10-07T07:21:00+00:00',NULL);
INSERT INTO interactions VALUES(2,1,'2025-12-18T07:00:00+00:00','message','微信发送备品备件视频，鹿总很感兴趣','王磊','positive','寄送样品','2025-12-21',1,'2025-12-18T08:31:00+00:00',NULL);
INSERT INTO interactions VALUES(3,1,'2026-04-12T05:35:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-04-12T06:32:00+00:00',NULL);
INSERT INTO interactions VALUES(4,1,'2026-06-28T03:25:00+00:00','message','微信发送技术培训视频，鹿总很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-06-28T06:35:00+00:00',NULL);
INSERT INTO interactions VALUES(5,1,'2026-10-16T02:45:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-10-16T05:29:00+00:00',NULL);
INSERT INTO interactions VALUES(6,2,'2026-09-25T14:20:00+00:00','call','Followed up on the MES software licence quote; waiting for internal approval','Emily Zhao','neutral','Confirm delivery date','2026-10-03',1,'2026-09-25T16:08:00+00:00',NULL);
INSERT INTO interactions VALUES(7,2,'2026-10-02T15:55:00+00:00','call','Followed up on the SV-750 servo motor quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2026-10-02T16:17:00+00:00',NULL);
INSERT INTO interactions VALUES(8,2,'2026-10-08T19:20:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive','Ship samples','2026-10-10',1,'2026-10-08T22:40:00+00:00',NULL);
INSERT INTO interactions VALUES(9,2,'2026-10-15T16:00:00+00:00','email','E-mail from Tony: a competitor quoted 15% lower','王磊','negative',NULL,NULL,1,'2026-10-15T16:24:00+00:00',NULL);
INSERT INTO interactions VALUES(10,2,'2026-10-26T21:40:00+00:00','meeting','Annual review: framework agreement and rebates','王磊','neutral',NULL,NULL,1,'2026-10-27T01:04:00+00:00',NULL);
INSERT INTO interactions VALUES(11,2,'2026-11-08T19:40:00+00:00','call','Check-in call on the last MES software licence shipment; running well','王磊','positive','Chase payment','2026-11-22',0,'2026-11-08T20:56:00+00:00',NULL);
INSERT INTO interactions VALUES(12,3,'2024-01-19T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-02-09',1,'2024-01-19T05:19:00+00:00',NULL);
INSERT INTO interactions VALUES(13,3,'2024-03-06T02:20:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral','约见采购经理','2024-03-17',1,'2024-03-06T02:25:00+00:00',NULL);
INSERT INTO interactions VALUES(14,3,'2024-04-08T07:30:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-04-08T10:49:00+00:00',NULL);
INSERT INTO interactions VALUES(15,3,'2024-05-17T04:35:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-05-17T08:34:00+00:00',NULL);
INSERT INTO interactions VALUES(16,3,'2024-06-11T05:00:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-11T08:49:00+00:00',NULL);
INSERT INTO interactions VALUES(17,3,'2024-06-29T03:40:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','发送正式报价','2024-07-17',1,'2024-06-29T07:25:00+00:00',NULL);
INSERT INTO interactions VALUES(18,3,'2024-08-10T06:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative','回访使用情况','2024-08-25',1,'2024-08-10T08:52:00+00:00',NULL);
INSERT INTO interactions VALUES(19,3,'2024-09-17T06:15:00+00:00','other','节日礼品寄送，客户致谢','李娜','positive',NULL,NULL,1,'2024-09-17T09:53:00+00:00',NULL);
INSERT INTO interactions VALUES(20,3,'2024-10-25T09:10:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-10-25T11:42:00+00:00',NULL);
INSERT INTO interactions VALUES(21,3,'2024-11-17T04:20:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-11-17T05:58:00+00:00',NULL);
INSERT INTO interactions VALUES(22,3,'2024-12-04T02:35:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-12-25',1,'2024-12-04T06:05:00+00:00',NULL);
INSERT INTO interactions VALUES(23,3,'2024-12-28T03:25:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2024-12-28T04:16:00+00:00',NULL);
INSERT INTO interactions VALUES(24,3,'2025-02-07T04:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-02-07T04:55:00+00:00',NULL);
INSERT INTO interactions VALUES(25,3,'2025-02-28T06:10:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2025-02-28T09:46:00+00:00',NULL);
INSERT INTO interactions VALUES(26,3,'2025-04-11T01:05:00+00:00','event','进博会上交流，客户对年度维保服务感兴趣','王磊','positive',NULL,NULL,1,'2025-04-11T02:56:00+00:00',NULL);
INSERT INTO interactions VALUES(27,3,'2025-05-08T08:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-05-08T10:15:00+00:00',NULL);
INSERT INTO interactions VALUES(28,3,'2025-06-16T04:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','约见采购经理','2025-06-23',1,'2025-06-16T06:05:00+00:00',NULL);
INSERT INTO interactions VALUES(29,3,'2025-07-22T09:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2025-07-22T10:29:00+00:00',NULL);
INSERT INTO interactions VALUES(30,3,'2025-08-19T03:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-08-19T03:55:00+00:00',NULL);
INSERT INTO interactions VALUES(31,3,'2025-09-23T01:35:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-09-23T02:07:00+00:00',NULL);
INSERT INTO interactions VALUES(32,3,'2025-10-31T05:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-10-31T05:27:00+00:00',NULL);
INSERT INTO interactions VALUES(33,3,'2025-12-09T03:20:00+00:00','visit','拜访蔡经理，参观生产线，讨论年度维保服务升级方案','王磊','positive','安排技术交流','2025-12-22',1,'2025-12-09T06:46:00+00:00',NULL);
INSERT INTO interactions VALUES(34,3,'2026-01-07T01:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-01-07T03:54:00+00:00',NULL);
INSERT INTO interactions VALUES(35,3,'2026-02-08T05:45:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-02-08T09:12:00+00:00',NULL);
INSERT INTO interactions VALUES(36,3,'2026-02-25T05:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-02-25T07:27:00+00:00',NULL);
INSERT INTO interactions VALUES(37,3,'2026-03-15T01:40:00+00:00','call','电话跟进年度维保服务报价，对方需要内部审批','李娜','neutral',NULL,NULL,1,'2026-03-15T03:30:00+00:00',NULL);
INSERT INTO interactions VALUES(38,3,'2026-04-02T03:40:00+00:00','meeting','商务谈判，客户要求再降价8%','王磊','negative',NULL,NULL,1,'2026-04-02T04:10:00+00:00',NULL);
INSERT INTO interactions VALUES(39,3,'2026-04-19T03:00:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-04-19T04:31:00+00:00',NULL);
INSERT INTO interactions VALUES(40,3,'2026-05-29T06:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','陈晓峰','positive',NULL,NULL,1,'2026-05-29T08:58:00+00:00',NULL);
INSERT INTO interactions VALUES(41,3,'2026-07-07T07:50:00+00:00','call','电话沟通四季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-07-07T09:53:00+00:00',NULL);
INSERT INTO interactions VALUES(42,3,'2026-08-03T09:25:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-03T10:04:00+00:00',NULL);
INSERT INTO interactions VALUES(43,3,'2026-09-07T05:35:00+00:00','visit','上门拜访蔡经理，介绍新款年度维保服务','王磊','neutral',NULL,NULL,1,'2026-09-07T06:30:00+00:00',NULL);
INSERT INTO interactions VALUES(44,3,'2026-09-24T05:00:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-09-24T06:45:00+00:00',NULL);
INSERT INTO interactions VALUES(45,3,'2026-10-19T07:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-10-19T10:26:00+00:00',NULL);
INSERT INTO interactions VALUES(46,3,'2026-11-04T07:10:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-11-04T09:46:00+00:00',NULL);
INSERT INTO interactions VALUES(47,4,'2023-12-10T01:35:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2023-12-10T01:44:00+00:00',NULL);
INSERT INTO interactions VALUES(48,4,'2023-12-17T06:25:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2023-12-17T08:38:00+00:00',NULL);
INSERT INTO interactions VALUES(49,4,'2023-12-28T03:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2023-12-28T05:01:00+00:00',NULL);
INSERT INTO interactions VALUES(50,4,'2024-01-08T01:35:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','陈晓峰','neutral','准备合同草案','2024-01-29',1,'2024-01-08T03:25:00+00:00',NULL);
INSERT INTO interactions VALUES(51,4,'2024-01-20T03:15:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-01-20T04:43:00+00:00',NULL);
INSERT INTO interactions VALUES(52,4,'2024-01-31T01:35:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-01-31T05:26:00+00:00',NULL);
INSERT INTO interactions VALUES(53,4,'2024-02-15T06:10:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-15T10:05:00+00:00',NULL);
INSERT INTO interactions VALUES(54,4,'2024-02-24T07:55:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-24T10:06:00+00:00',NULL);
INSERT INTO interactions VALUES(55,4,'2024-03-11T06:30:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','王磊','neutral',NULL,NULL,1,'2024-03-11T09:07:00+00:00',NULL);
INSERT INTO interactions VALUES(56,4,'2024-03-24T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-03-24T04:44:00+00:00',NULL);
INSERT INTO interactions VALUES(57,4,'2024-04-03T02:55:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-04-03T04:30:00+00:00',NULL);
INSERT INTO interactions VALUES(58,4,'2024-04-14T03:45:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-04-14T06:29:00+00:00',NULL);
INSERT INTO interactions VALUES(59,4,'2024-04-25T03:00:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-04-25T04:38:00+00:00',NULL);
INSERT INTO interactions VALUES(60,4,'2024-05-03T07:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','寄送样品','2024-05-08',1,'2024-05-03T08:21:00+00:00',NULL);
INSERT INTO interactions VALUES(61,4,'2024-05-15T07:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-05-15T10:22:00+00:00',NULL);
INSERT INTO interactions VALUES(62,4,'2024-05-24T07:35:00+00:00','other','寄送技术培训样品','王磊','neutral',NULL,NULL,1,'2024-05-24T10:39:00+00:00',NULL);
INSERT INTO interactions VALUES(63,4,'2024-05-30T06:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2024-05-30T10:03:00+00:00',NULL);
INSERT INTO interactions VALUES(64,4,'2024-06-15T04:30:00+00:00','event','进博会上交流，客户对技术培训感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-06-15T08:24:00+00:00',NULL);
INSERT INTO interactions VALUES(65,4,'2024-06-21T08:55:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-06-21T11:16:00+00:00',NULL);
INSERT INTO interactions VALUES(66,4,'2024-07-07T08:35:00+00:00','call','客户来电投诉交货延迟','陈晓峰','negative',NULL,NULL,1,'2024-07-07T10:57:00+00:00',NULL);
INSERT INTO interactions VALUES(67,4,'2024-07-18T02:40:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-07-18T03:56:00+00:00',NULL);
INSERT INTO interactions VALUES(68,4,'2024-08-01T01:30:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','确认交期','2024-08-03',1,'2024-08-01T04:32:00+00:00',NULL);
INSERT INTO interactions VALUES(69,4,'2024-08-17T05:20:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive',NULL,NULL,1,'2024-08-17T07:56:00+00:00',NULL);
INSERT INTO interactions VALUES(70,4,'2024-08-30T07:10:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-08-30T08:27:00+00:00',NULL);
INSERT INTO interactions VALUES(71,4,'2024-09-08T07:10:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-09-08T07:50:00+00:00',NULL);
INSERT INTO interactions VALUES(72,4,'2024-09-14T07:20:00+00:00','visit','上门拜访萧经理，介绍新款技术培训','陈晓峰','neutral',NULL,NULL,1,'2024-09-14T09:27:00+00:00',NULL);
INSERT INTO interactions VALUES(73,4,'2024-09-26T07:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2024-09-29',1,'2024-09-26T08:31:00+00:00',NULL);
INSERT INTO interactions VALUES(74,4,'2024-10-12T01:15:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2024-10-12T03:18:00+00:00',NULL);
INSERT INTO interactions VALUES(75,4,'2024-10-18T03:05:00+00:00','meeting','与采购和技术部开会，确认技术培训技术参数','陈晓峰','positive','邀请参观工厂','2024-10-26',1,'2024-10-18T04:35:00+00:00',NULL);
INSERT INTO interactions VALUES(76,4,'2024-10-26T07:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2024-10-26T07:49:00+00:00',NULL);
INSERT INTO interactions VALUES(77,4,'2024-11-01T01:35:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-11-01T05:29:00+00:00',NULL);
INSERT INTO interactions VALUES(78,4,'2024-11-11T06:50:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','回访使用情况','2024-12-02',1,'2024-11-11T10:26:00+00:00',NULL);
INSERT INTO interactions VALUES(79,4,'2024-11-25T04:30:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive','发送正式报价','2024-12-14',1,'2024-11-25T08:23:00+00:00',NULL);
INSERT INTO interactions VALUES(80,4,'2024-12-10T05:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-12-10T08:23:00+00:00',NULL);
INSERT INTO interactions VALUES(81,4,'2024-12-23T07:25:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','安排技术交流','2024-12-25',1,'2024-12-23T09:18:00+00:00',NULL);
INSERT INTO interactions VALUES(82,4,'2024-12-31T05:05:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','寄送样品','2025-01-05',1,'2024-12-31T07:04:00+00:00',NULL);
INSERT INTO interactions VALUES(83,4,'2025-01-09T09:15:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-01-09T11:41:00+00:00',NULL);
INSERT INTO interactions VALUES(84,4,'2025-01-22T04:00:00+00:00','event','广交会上交流，客户对触摸屏 HMI-10感兴趣','李娜','positive','寄送样品','2025-02-11',1,'2025-01-22T06:17:00+00:00',NULL);
INSERT INTO interactions VALUES(85,4,'2025-01-29T05:55:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-01-29T06:48:00+00:00',NULL);
INSERT INTO interactions VALUES(86,4,'2025-02-12T03:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2025-02-12T04:47:00+00:00',NULL);
INSERT INTO interactions VALUES(87,4,'2025-02-28T03:35:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-02-28T06:26:00+00:00',NULL);
INSERT INTO interactions VALUES(88,4,'2025-03-09T04:10:00+00:00','event','邀请萧经理参加新品发布会','陈晓峰','neutral',NULL,NULL,1,'2025-03-09T07:16:00+00:00',NULL);
INSERT INTO interactions VALUES(89,4,'2025-03-19T08:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-03-28',1,'2025-03-19T08:52:00+00:00',NULL);
INSERT INTO interactions VALUES(90,4,'2025-04-03T03:35:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-04-13',1,'2025-04-03T06:16:00+00:00',NULL);
INSERT INTO interactions VALUES(91,4,'2025-04-19T07:15:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-19T09:10:00+00:00',NULL);
INSERT INTO interactions VALUES(92,4,'2025-04-25T09:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral','邀请参观工厂','2025-05-15',1,'2025-04-25T11:29:00+00:00',NULL);
INSERT INTO interactions VALUES(93,4,'2025-05-10T04:10:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-05-10T07:14:00+00:00',NULL);
INSERT INTO interactions VALUES(94,4,'2025-05-22T08:55:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','回访使用情况','2025-05-31',1,'2025-05-22T10:54:00+00:00',NULL);
INSERT INTO interactions VALUES(95,4,'2025-06-07T06:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-06-19',1,'2025-06-07T07:16:00+00:00',NULL);
INSERT INTO interactions VALUES(96,4,'2025-06-13T01:10:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-06-13T04:09:00+00:00',NULL);
INSERT INTO interactions VALUES(97,4,'2025-06-28T09:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-06-28T10:49:00+00:00',NULL);
INSERT INTO interactions VALUES(98,4,'2025-07-14T08:20:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-07-14T09:26:00+00:00',NULL);
INSERT INTO interactions VALUES(99,4,'2025-07-22T06:00:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','准备合同草案','2025-07-24',1,'2025-07-22T06:51:00+00:00',NULL);
INSERT INTO interactions VALUES(100,4,'2025-08-05T05:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-08-05T08:26:00+00:00',NULL);
INSERT INTO interactions VALUES(101,4,'2025-08-21T09:00:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','寄送样品','2025-09-01',1,'2025-08-21T09:32:00+00:00',NULL);
INSERT INTO interactions VALUES(102,4,'2025-09-01T09:20:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive','邀请参观工厂','2025-09-08',1,'2025-09-01T13:13:00+00:00',NULL);
INSERT INTO interactions VALUES(103,4,'2025-09-14T07:00:00+00:00','meeting','视频会议演示触摸屏 HMI-10','王磊','neutral','安排技术交流','2025-10-02',1,'2025-09-14T07:19:00+00:00',NULL);
INSERT INTO interactions VALUES(104,4,'2025-09-27T01:15:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','李娜','negative','寄送样品','2025-10-11',1,'2025-09-27T02:57:00+00:00',NULL);
INSERT INTO interactions VALUES(105,4,'2025-10-08T07:00:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','陈晓峰','neutral',NULL,NULL,1,'2025-10-08T08:47:00+00:00',NULL);
INSERT INTO interactions VALUES(106,4,'2025-10-15T02:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-10-15T06:07:00+00:00',NULL);
INSERT INTO interactions VALUES(107,4,'2025-10-25T03:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','约见采购经理','2025-11-12',1,'2025-10-25T05:59:00+00:00',NULL);
INSERT INTO interactions VALUES(108,4,'2025-11-07T04:55:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-11-07T05:03:00+00:00',NULL);
INSERT INTO interactions VALUES(109,4,'2025-11-19T05:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-11-19T08:29:00+00:00',NULL);
INSERT INTO interactions VALUES(110,4,'2025-12-02T04:15:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','确认交期','2025-12-10',1,'2025-12-02T08:06:00+00:00',NULL);
INSERT INTO interactions VALUES(111,4,'2025-12-10T06:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2025-12-27',1,'2025-12-10T06:58:00+00:00',NULL);
INSERT INTO interactions VALUES(112,4,'2025-12-21T02:10:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','李娜','positive','发送正式报价','2025-12-30',1,'2025-12-21T04:57:00+00:00',NULL);
INSERT INTO interactions VALUES(113,4,'2026-01-03T05:10:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','约见采购经理','2026-01-08',1,'2026-01-03T08:57:00+00:00',NULL);
INSERT INTO interactions VALUES(114,4,'2026-01-11T09:55:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2026-01-11T13:05:00+00:00',NULL);
INSERT INTO interactions VALUES(115,4,'2026-01-20T05:05:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-20T05:23:00+00:00',NULL);
INSERT INTO interactions VALUES(116,4,'2026-01-27T01:40:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-27T02:43:00+00:00',NULL);
INSERT INTO interactions VALUES(117,4,'2026-02-10T04:30:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-02-10T05:26:00+00:00',NULL);
INSERT INTO interactions VALUES(118,4,'2026-02-16T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-02-16T05:06:00+00:00',NULL);
INSERT INTO interactions VALUES(119,4,'2026-03-01T02:10:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-03-01T02:51:00+00:00',NULL);
INSERT INTO interactions VALUES(120,4,'2026-03-12T02:30:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-03-12T05:56:00+00:00',NULL);
INSERT INTO interactions VALUES(121,4,'2026-03-23T01:55:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2026-04-05',1,'2026-03-23T04:43:00+00:00',NULL);
INSERT INTO interactions VALUES(122,4,'2026-04-07T08:35:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-04-07T11:40:00+00:00',NULL);
INSERT INTO interactions VALUES(123,4,'2026-04-22T02:30:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-04-22T05:51:00+00:00',NULL);
INSERT INTO interactions VALUES(124,4,'2026-05-05T03:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-05-05T06:30:00+00:00',NULL);
INSERT INTO interactions VALUES(125,4,'2026-05-16T01:45:00+00:00','message','客户微信反馈价格偏高','李娜','negative',NULL,NULL,1,'2026-05-16T03:15:00+00:00',NULL);
INSERT INTO interactions VALUES(126,4,'2026-05-22T05:50:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-05-22T07:43:00+00:00',NULL);
INSERT INTO interactions VALUES(127,4,'2026-06-03T05:50:00+00:00','message','客户微信反馈价格偏高','王磊','negative','邀请参观工厂','2026-06-17',1,'2026-06-03T09:19:00+00:00',NULL);
INSERT INTO interactions VALUES(128,4,'2026-06-11T04:30:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','安排技术交流','2026-06-16',1,'2026-06-11T07:42:00+00:00',NULL);
INSERT INTO interactions VALUES(129,4,'2026-06-17T04:35:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-06-17T06:09:00+00:00',NULL);
INSERT INTO interactions VALUES(130,4,'2026-06-27T01:10:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','李娜','positive',NULL,NULL,1,'2026-06-27T01:25:00+00:00',NULL);
INSERT INTO interactions VALUES(131,4,'2026-07-11T06:20:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-07-11T09:22:00+00:00',NULL);
INSERT INTO interactions VALUES(132,4,'2026-07-20T03:00:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-07-20T03:41:00+00:00',NULL);
INSERT INTO interactions VALUES(133,4,'2026-07-26T05:45:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','寄送样品','2026-08-07',1,'2026-07-26T07:27:00+00:00',NULL);
INSERT INTO interactions VALUES(134,4,'2026-08-09T03:00:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-08-09T05:12:00+00:00',NULL);
INSERT INTO interactions VALUES(135,4,'2026-08-20T02:05:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-20T03:32:00+00:00',NULL);
INSERT INTO interactions VALUES(136,4,'2026-08-27T08:00:00+00:00','other','寄送触摸屏 HMI-10样品','陈晓峰','neutral',NULL,NULL,1,'2026-08-27T10:24:00+00:00',NULL);
INSERT INTO interactions VALUES(137,4,'2026-09-10T07:30:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-09-10T11:25:00+00:00',NULL);
INSERT INTO interactions VALUES(138,4,'2026-09-23T08:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive','寄送样品','2026-10-14',1,'2026-09-23T08:38:00+00:00',NULL);
INSERT INTO interactions VALUES(139,4,'2026-10-03T02:35:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','寄送样品','2026-10-22',1,'2026-10-03T02:49:00+00:00',NULL);
INSERT INTO interactions VALUES(140,4,'2026-10-15T05:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive',NULL,NULL,1,'2026-10-15T06:57:00+00:00',NULL);
INSERT INTO interactions VALUES(141,4,'2026-10-30T09:15:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-10-30T09:39:00+00:00',NULL);
INSERT INTO interactions VALUES(142,4,'2026-11-14T08:40:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-11-14T12:19:00+00:00',NULL);
INSERT INTO interactions VALUES(143,5,'2024-01-29T07:25:00+00:00','email','客户邮件反馈竞品报价低15%','李娜','negative','发送正式报价','2024-02-18',1,'2024-01-29T10:14:00+00:00',NULL);
INSERT INTO interactions VALUES(144,5,'2024-03-01T01:25:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-03-01T01:46:00+00:00',NULL);
INSERT INTO interactions VALUES(145,5,'2024-04-19T04:45:00+00:00','call','电话催款，财务说要推迟到下月','王磊','negative',NULL,NULL,1,'2024-04-19T06:43:00+00:00',NULL);
INSERT INTO interactions VALUES(146,5,'2024-05-14T09:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','安排技术交流','2024-05-21',1,'2024-05-14T09:28:00+00:00',NULL);
INSERT INTO interactions VALUES(147,5,'2024-06-16T01:05:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-16T04:35:00+00:00',NULL);
INSERT INTO interactions VALUES(148,5,'2024-07-29T04:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2024-07-29T05:39:00+00:00',NULL);
INSERT INTO interactions VALUES(149,5,'2024-08-23T08:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2024-08-23T12:16:00+00:00',NULL);
INSERT INTO interactions VALUES(150,5,'2024-10-15T04:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-10-15T04:49:00+00:00',NULL);
INSERT INTO interactions VALUES(151,5,'2024-11-16T05:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','回访使用情况','2024-11-19',1,'2024-11-16T05:59:00+00:00',NULL);
INSERT INTO interactions VALUES(152,5,'2024-12-06T06:30:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-12-06T09:29:00+00:00',NULL);
INSERT INTO interactions VALUES(153,5,'2024-12-27T04:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral','跟进付款','2025-01-17',1,'2024-12-27T08:39:00+00:00',NULL);
INSERT INTO interactions VALUES(154,5,'2025-01-20T01:20:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2025-01-20T03:18:00+00:00',NULL);
INSERT INTO interactions VALUES(155,5,'2025-02-27T09:35:00+00:00','message','微信发送PLC控制器 CX-200视频，王经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-02-27T13:18:00+00:00',NULL);
INSERT INTO interactions VALUES(156,5,'2025-04-15T05:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2025-04-15T06:29:00+00:00',NULL);
INSERT INTO interactions VALUES(157,5,'2025-05-24T03:40:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','发送正式报价','2025-06-03',1,'2025-05-24T07:21:00+00:00',NULL);
INSERT INTO interactions VALUES(158,5,'2025-06-16T04:05:00+00:00','visit','上门拜访王经理，介绍新款PLC控制器 CX-200','王磊','neutral',NULL,NULL,1,'2025-06-16T06:15:00+00:00',NULL);
INSERT INTO interactions VALUES(159,5,'2025-07-08T06:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-07-08T09:47:00+00:00',NULL);
INSERT INTO interactions VALUES(160,5,'2025-08-13T01:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2025-08-28',1,'2025-08-13T02:23:00+00:00',NULL);
INSERT INTO interactions VALUES(161,5,'2025-10-06T03:05:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive','安排技术交流','2025-10-09',1,'2025-10-06T05:16:00+00:00',NULL);
INSERT INTO interactions VALUES(162,5,'2025-11-09T07:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-11-29',1,'2025-11-09T08:08:00+00:00',NULL);
INSERT INTO interactions VALUES(163,5,'2025-12-03T06:30:00+00:00','event','高交会上交流，客户对技术培训感兴趣','王磊','positive',NULL,NULL,1,'2025-12-03T07:48:00+00:00',NULL);
INSERT INTO interactions VALUES(164,5,'2026-01-06T08:55:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-01-06T11:33:00+00:00',NULL);
INSERT INTO interactions VALUES(165,5,'2026-02-15T05:25:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','王磊','negative',NULL,NULL,1,'2026-02-15T06:09:00+00:00',NULL);
INSERT INTO interactions VALUES(166,5,'2026-03-18T03:20:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2026-03-26',1,'2026-03-18T06:00:00+00:00',NULL);
INSERT INTO interactions VALUES(167,5,'2026-04-13T02:25:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-04-13T05:04:00+00:00',NULL);
INSERT INTO interactions VALUES(168,5,'2026-06-07T09:55:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','约见采购经理','2026-06-26',1,'2026-06-07T10:37:00+00:00',NULL);
INSERT INTO interactions VALUES(169,5,'2026-07-26T06:00:00+00:00','call','电话沟通四季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2026-07-26T07:42:00+00:00',NULL);
INSERT INTO interactions VALUES(170,5,'2026-09-10T07:25:00+00:00','visit','拜访王经理，参观生产线，讨论技术培训升级方案','陈晓峰','positive','寄送样品','2026-09-18',1,'2026-09-10T11:04:00+00:00',NULL);
INSERT INTO interactions VALUES(171,5,'2026-10-29T02:45:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-10-29T04:06:00+00:00',NULL);
INSERT INTO interactions VALUES(172,6,'2024-07-30T20:20:00+00:00','other','Shipped industrial sensor kit samples','Emily Zhao','neutral',NULL,NULL,1,'2024-07-30T21:53:00+00:00',NULL);
INSERT INTO interactions VALUES(173,6,'2024-08-19T20:55:00+00:00','message','Sent a industrial sensor kit video on WhatsApp; Elizabeth liked it','王磊','positive','Check in after installation','2024-08-26',1,'2024-08-19T21:41:00+00:00',NULL);
INSERT INTO interactions VALUES(174,6,'2024-10-14T15:30:00+00:00','call','Called about Q1 order volumes; they expect to reorder','王磊','positive',NULL,NULL,1,'2024-10-14T15:51:00+00:00',NULL);
INSERT INTO interactions VALUES(175,6,'2024-12-07T20:15:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2024-12-07T21:54:00+00:00',NULL);
INSERT INTO interactions VALUES(176,6,'2025-01-14T18:20:00+00:00','email','E-mail from Elizabeth: a competitor quoted 15% lower','Emily Zhao','negative',NULL,NULL,1,'2025-01-14T18:28:00+00:00',NULL);
INSERT INTO interactions VALUES(177,6,'2025-02-25T22:10:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','Emily Zhao','neutral','Chase payment','2025-03-10',1,'2025-02-26T01:27:00+00:00',NULL);
INSERT INTO interactions VALUES(178,6,'2025-04-04T16:45:00+00:00','visit','Visited Elizabeth, toured the line, discussed a MES software licence upgrade','王磊','positive','Check in after installation','2025-04-16',1,'2025-04-04T17:31:00+00:00',NULL);
INSERT INTO interactions VALUES(179,6,'2025-05-28T22:45:00+00:00','meeting','Video call demo of the spare parts','王磊','neutral',NULL,NULL,1,'2025-05-29T00:13:00+00:00',NULL);
INSERT INTO interactions VALUES(180,6,'2025-07-24T15:50:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-07-24T17:17:00+00:00',NULL);
INSERT INTO interactions VALUES(181,6,'2025-08-21T20:05:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-08-21T21:06:00+00:00',NULL);
INSERT INTO interactions VALUES(182,6,'2025-09-11T15:00:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2025-09-11T16:15:00+00:00',NULL);
INSERT INTO interactions VALUES(183,6,'2025-10-18T17:05:00+00:00','message','Sent a spare parts video on WhatsApp; Elizabeth liked it','王磊','positive',NULL,NULL,1,'2025-10-18T19:37:00+00:00',NULL);
INSERT INTO interactions VALUES(184,6,'2025-11-26T22:30:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2025-11-27T01:58:00+00:00',NULL);
INSERT INTO interactions VALUES(185,6,'2026-01-13T21:05:00+00:00','meeting','Meeting with purchasing and engineering to confirm MES software licence specs','王磊','positive',NULL,NULL,1,'2026-01-13T22:40:00+00:00',NULL);
INSERT INTO interactions VALUES(186,6,'2026-02-10T21:50:00+00:00','email','Answered Elizabeth''s invoice question','王磊','neutral',NULL,NULL,1,'2026-02-10T22:00:00+00:00',NULL);
INSERT INTO interactions VALUES(187,6,'2026-03-14T16:55:00+00:00','other','Shipped industrial sensor kit samples','王磊','neutral',NULL,NULL,1,'2026-03-14T20:36:00+00:00',NULL);
INSERT INTO interactions VALUES(188,6,'2026-04-16T21:15:00+00:00','meeting','Negotiation; they ask for another 8% discount','李娜','negative',NULL,NULL,1,'2026-04-17T00:52:00+00:00',NULL);
INSERT INTO interactions VALUES(189,6,'2026-06-04T21:40:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2026-06-04T23:52:00+00:00',NULL);
INSERT INTO interactions VALUES(190,6,'2026-07-05T17:05:00+00:00','email','Sent the spare parts quote and datasheets','王磊','neutral',NULL,NULL,1,'2026-07-05T19:54:00+00:00',NULL);
INSERT INTO interactions VALUES(191,6,'2026-11-10T20:50:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2026-11-11T00:24:00+00:00',NULL);
INSERT INTO interactions VALUES(192,7,'2024-04-02T05:35:00+00:00','visit','上门拜访李经理，介绍新款伺服电机 SV-750','王磊','neutral',NULL,NULL,1,'2024-04-02T07:05:00+00:00',NULL);
INSERT INTO interactions VALUES(193,7,'2024-05-05T03:30:00+00:00','event','高交会上交流，客户对MES软件授权感兴趣','王磊','positive','发送正式报价','2024-05-08',1,'2024-05-05T04:33:00+00:00',NULL);
INSERT INTO interactions VALUES(194,7,'2024-06-29T06:05:00+00:00','call','电话跟进伺服电机 SV-750报价，对方需要内部审批','李娜','neutral','确认交期','2024-07-01',1,'2024-06-29T08:26:00+00:00',NULL);
INSERT INTO interactions VALUES(195,7,'2024-09-01T05:15:00+00:00','visit','拜访李经理，参观生产线，讨论MES软件授权升级方案','李娜','positive','邀请参观工厂','2024-09-05',1,'2024-09-01T07:11:00+00:00',NULL);
INSERT INTO interactions VALUES(196,7,'2024-11-06T09:50:00+00:00','call','电话回访上批伺服电机 SV-750使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-11-06T12:36:00+00:00',NULL);
INSERT INTO interactions VALUES(197,7,'2024-12-20T04:40:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral','邀请参观工厂','2025-01-10',1,'2024-12-20T06:25:00+00:00',NULL);
INSERT INTO interactions VALUES(198,7,'2025-01-16T04:25:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2025-01-16T07:18:00+00:00',NULL);
INSERT INTO interactions VALUES(199,7,'2025-03-04T05:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative','邀请参观工厂','2025-03-23',1,'2025-03-04T06:31:00+00:00',NULL);
INSERT INTO interactions VALUES(200,7,'2025-04-26T02:45:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-26T05:02:00+00:00',NULL);
INSERT INTO interactions VALUES(201,7,'2025-07-01T05:45:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive',NULL,NULL,1,'2025-07-01T07:36:00+00:00',NULL);
INSERT INTO interactions VALUES(202,7,'2025-08-31T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2025-09-05',1,'2025-08-31T05:01:00+00:00',NULL);
INSERT INTO interactions VALUES(203,7,'2025-11-04T03:55:00+00:00','call','电话回访上批MES软件授权使用情况，反馈良好','陈晓峰','positive',NULL,NULL,1,'2025-11-04T06:35:00+00:00',NULL);
INSERT INTO interactions VALUES(204,7,'2025-12-17T08:30:00+00:00','message','微信发送工业传感器套件视频，李经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-12-17T11:43:00+00:00',NULL);
INSERT INTO interactions VALUES(205,7,'2026-01-31T01:30:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-31T03:31:00+00:00',NULL);
INSERT INTO interactions VALUES(206,7,'2026-03-19T08:30:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-03-19T10:26:00+00:00',NULL);
INSERT INTO interactions VALUES(207,7,'2026-05-22T07:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','李娜','neutral',NULL,NULL,1,'2026-05-22T10:03:00+00:00',NULL);
INSERT INTO interactions VALUES(208,7,'2026-07-01T06:25:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2026-07-01T10:13:00+00:00',NULL);
INSERT INTO interactions VALUES(209,7,'2026-08-08T02:30:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive','安排技术交流','2026-08-10',1,'2026-08-08T02:55:00+00:00',NULL);
INSERT INTO interactions VALUES(210,7,'2026-09-24T07:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-09-24T09:46:00+00:00',NULL);
INSERT INTO interactions VALUES(211,7,'2026-11-08T07:30:00+00:00','email','发送伺服电机 SV-750报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-11-08T10:45:00+00:00',NULL);
INSERT INTO interactions VALUES(212,8,'2024-10-02T09:25:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2024-10-02T13:00:00+00:00',NULL);
INSERT INTO interactions VALUES(213,8,'2024-11-11T08:50:00+00:00','meeting','与采购和技术部开会，确认备品备件技术参数','陈晓峰','positive',NULL,NULL,1,'2024-11-11T10:03:00+00:00',NULL);
INSERT INTO interactions VALUES(214,8,'2024-12-23T07:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','跟进付款','2025-01-13',1,'2024-12-23T07:39:00+00:00',NULL);
INSERT INTO interactions VALUES(215,8,'2025-02-17T03:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','确认交期','2025-02-25',1,'2025-02-17T06:13:00+00:00',NULL);
INSERT INTO interactions VALUES(216,8,'2025-03-22T06:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-03-22T07:11:00+00:00',NULL);
INSERT INTO interactions VALUES(217,8,'2025-04-25T09:50:00+00:00','visit','拜访何凤兰，参观生产线，讨论备品备件升级方案','王磊','positive','寄送样品','2025-05-12',1,'2025-04-25T13:49:00+00:00',NULL);
INSERT INTO interactions VALUES(218,8,'2025-06-03T08:15:00+00:00','visit','现场处理备品备件安装问题，客户不太满意','陈晓峰','negative',NULL,NULL,1,'2025-06-03T09:07:00+00:00',NULL);
INSERT INTO interactions VALUES(219,8,'2025-07-04T04:50:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-07-04T05:24:00+00:00',NULL);
INSERT INTO interactions VALUES(220,8,'2025-08-13T09:10:00+00:00','message','客户微信反馈价格偏高','王磊','negative','跟进付款','2025-08-18',1,'2025-08-13T12:24:00+00:00',NULL);
INSERT INTO interactions VALUES(221,8,'2025-10-10T08:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive','安排技术交流','2025-10-30',1,'2025-10-10T11:05:00+00:00',NULL);
INSERT INTO interactions VALUES(222,8,'2025-11-07T06:50:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive','发送正式报价','2025-11-17',1,'2025-11-07T09:00:00+00:00',NULL);
INSERT INTO interactions VALUES(223,8,'2025-12-26T02:20:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-12-26T06:01:00+00:00',NULL);
INSERT INTO interactions VALUES(224,8,'2026-01-28T02:35:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-28T03:00:00+00:00',NULL);
INSERT INTO interactions VALUES(225,8,'2026-03-16T06:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-03-16T07:35:00+00:00',NULL);
INSERT INTO interactions VALUES(226,8,'2026-04-15T07:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-04-15T07:26:00+00:00',NULL);
INSERT INTO interactions VALUES(227,8,'2026-05-20T01:05:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral','确认交期','2026-05-24',1,'2026-05-20T03:43:00+00:00',NULL);
INSERT INTO interactions VALUES(228,8,'2026-06-20T06:45:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-06-20T07:51:00+00:00',NULL);
INSERT INTO interactions VALUES(229,8,'2026-08-21T06:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-08-21T09:09:00+00:00',NULL);
CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at   TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY',
    product      TEXT,
    margin_minor INTEGER,
    paid         INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
    created_at   TEXT NOT NULL,
    deleted_at   TEXT
);
INSERT INTO orders VALUES(1,1,'2025-11-22',1659000,'CNY','备品备件',336700,1,'2025-11-22T04:00:00+00:00',NULL);
INSERT INTO orders VALUES(2,1,'2025-11-23',1554000,'CNY','技术培训',257100,1,'2025-11-23T08:25:00+00:00',NULL);
INSERT INTO orders VALUES(3,1,'2026-09-15',1582000,'CNY','备品备件',NULL,1,'2026-09-15T09:30:00+00:00',NULL);
INSERT INTO orders VALUES(4,1,'2026-10-01',1778000,'CNY','备品备件',NULL,1,'2026-10-01T04:00:00+00:00',NULL);
INSERT INTO orders VALUES(5,2,'2026-10-09',146500,'USD','SV-750 servo motor',33900,1,'2026-10-09T19:20:00+00:00',NULL);
INSERT INTO orders VALUES(6,2,'2026-10-25',593000,'USD','MES software licence',94800,0,'2026-10-25T18:55:00+00:00',NULL);
INSERT INTO orders VALUES(7,3,'2024-01-24',3909000,'CNY','年度维保服务',1265700,1,'2024-01-24T04:15:00+00:00',NULL);
INSERT INTO orders VALUES(8,3,'2024-06-16',1897000,'CNY','年度维保服务',NULL,1,'2024-06-16T04:30:00+00:00',NULL);
INSERT INTO orders VALUES(9,3,'2024-08-30',4602000,'CNY','年度维保服务',725200,1,'2024-08-30T05:55:00+00:00',NULL);
INSERT INTO orders VALUES(10,3,'2025-01-06',3601000,'CNY','年度维保服务',NULL,1,'2025-01-06T08:00:00+00:00',NULL);
INSERT INTO orders VALUES(11,3,'2025-04-01',2747000,'CNY','年度维保服务',941600,1,'2025-04-01T06:00:00+00:00',NULL);
INSERT INTO orders VALUES(12,3,'2025-06-12',1736000,'CNY','年度维保服务',NULL,1,'2025-06-12T05:50:00+00:00',NULL);
INSERT INTO orders VALUES(13,3,'2025-10-17',2853000,'CNY','年度维保服务',NULL,1,'2025-10-17T06:40:00+00:00',NULL);
INSERT INTO orders VALUES(14,3,'2025-12-28',2891000,'CNY','年度维保服务',NULL,1,'2025-12-28T07:00:00+00:00',NULL);
INSERT INTO orders VALUES(15,3,'2026-05-09',3441000,'CNY','年度维保服务',NULL,1,'2026-05-09T05:00:00+00:00',NULL);
INSERT INTO orders VALUES(16,3,'2026-07-01',3331000,'CNY','年度维保服务',NULL,1,'2026-07-01T05:30:00+00:00',NULL);
INSERT INTO orders VALUES(17,3,'2026-09-12',4075000,'CNY','年度维保服务',NULL,1,'2026-09-12T04:30:00+00:00',NULL);
INSERT INTO orders VALUES(18,4,'2024-01-08',3008000,'CNY','技术培训',998500,1,'2024-01-08T08:50:00+00:00',NULL);
INSERT INTO orders VALUES(19,4,'2024-01-25',1876000,'CNY','技术培训',NULL,1,'2024-01-25T05:00:00+00:00',NULL);
INSERT INTO orders VALUES(20,4,'2024-02-18',3274000,'CNY','触摸屏 HMI-10',NULL,1,'2024-02-18T04:55:00+00:00',NULL);
INSERT INTO orders VALUES(21,4,'2024-03-07',3852000,'CNY','技术培训',831500,1,'2024-03-07T02:20:00+00:00',NULL);
INSERT INTO orders VALUES(22,4,'2024-03-31',5360000,'CNY','触摸屏 HMI-10',923700,1,'2024-03-31T07:45:00+00:00',NULL);
INSERT INTO orders VALUES(23,4,'2024-04-26',3597000,'CNY','技术培训',743300,1,'2024-04-26T02:55:00+00:00',NULL);
INSERT INTO orders VALUES(24,4,'2024-05-16',3362000,'CNY','触摸屏 HMI-10',852300,1,'2024-05-16T02:45:00+00:00',NULL);
INSERT INTO orders VALUES(25,4,'2024-06-14',3546000,'CNY','触摸屏 HMI-10',NULL,1,'2024-06-14T04:25:00+00:00',NULL);
INSERT INTO orders VALUES(26,4,'2024-07-06',2844000,'CNY','技术培训',254100,1,'2024-07-06T01:55:00+00:00',NULL);
INSERT INTO orders VALUES(27,4,'2024-07-29',4192000,'CNY','技术培训',NULL,1,'2024-07-29T01:10:00+00:00',NULL);
INSERT INTO orders VALUES(28,4,'2024-08-13',3817000,'CNY','触摸屏 HMI-10',776600,1,'2024-08-13T01:15:00+00:00',NULL);
INSERT INTO orders VALUES(29,4,'2024-08-24',5960000,'CNY','触摸屏 HMI-10',1359300,1,'2024-08-24T02:40:00+00:00',NULL);
INSERT INTO orders VALUES(30,4,'2024-09-19',4135000,'CNY','技术培训',NULL,1,'2024-09-19T04:05:00+00:00',NULL);
INSERT INTO orders VALUES(31,4,'2024-10-01',3538000,'CNY','技术培训',1251200,1,'2024-10-01T06:30:00+00:00',NULL);
INSERT INTO orders VALUES(32,4,'2024-11-02',2213000,'CNY','触摸屏 HMI-10',546500,1,'2024-11-02T02:20:00+00:00',NULL);
INSERT INTO orders VALUES(33,4,'2024-12-03',4696000,'CNY','触摸屏 HMI-10',1032000,1,'2024-12-03T04:00:00+00:00',NULL);
INSERT INTO orders VALUES(34,4,'2024-12-21',2762000,'CNY','技术培训',471300,1,'2024-12-21T07:10:00+00:00',NULL);
INSERT INTO orders VALUES(35,4,'2025-01-03',0,'CNY','免费样品',NULL,1,'2025-01-03T03:40:00+00:00',NULL);
INSERT INTO orders VALUES(36,4,'2025-02-04',5300000,'CNY','触摸屏 HMI-10',NULL,1,'2025-02-04T03:35:00+00:00',NULL);
INSERT INTO orders VALUES(37,4,'2025-02-22',2734000,'CNY','技术培训',963000,1,'2025-02-22T06:10:00+00:00',NULL);
INSERT INTO orders VALUES(38,4,'2025-03-15',3805000,'CNY','技术培训',NULL,1,'2025-03-15T06:15:00+00:00',NULL);
INSERT INTO orders VALUES(39,4,'2025-04-11',5820000,'CNY','触摸屏 HMI-10',NULL,1,'2025-04-11T01:45:00+00:00',NULL);
INSERT INTO orders VALUES(40,4,'2025-05-12',4137000,'CNY','触摸屏 HMI-10',NULL,1,'2025-05-12T07:40:00+00:00',NULL);
INSERT INTO orders VALUES(41,4,'2025-05-25',4089000,'CNY','触摸屏 HMI-10',396600,1,'2025-05-25T07:50:00+00:00',NULL);
INSERT INTO orders VALUES(42,4,'2025-06-07',2316000,'CNY','技术培训',NULL,1,'2025-06-07T05:55:00+00:00',NULL);
INSERT INTO orders VALUES(43,4,'2025-07-09',3802000,'CNY','触摸屏 HMI-10',339800,1,'2025-07-09T09:50:00+00:00',NULL);
INSERT INTO orders VALUES(44,4,'2025-08-03',4461000,'CNY','触摸屏 HMI-10',NULL,1,'2025-08-03T04:00:00+00:00',NULL);
INSERT INTO orders VALUES(45,4,'2025-09-01',3888000,'CNY','触摸屏 HMI-10',NULL,1,'2025-09-01T04:35:00+00:00',NULL);
INSERT INTO orders VALUES(46,4,'2025-10-03',2686000,'CNY','技术培训',307600,1,'2025-10-03T09:10:00+00:00',NULL);
INSERT INTO orders VALUES(47,4,'2025-10-23',2675000,'CNY','触摸屏 HMI-10',537700,1,'2025-10-23T05:05:00+00:00',NULL);
INSERT INTO orders VALUES(48,4,'2025-11-21',3218000,'CNY','触摸屏 HMI-10',NULL,1,'2025-11-21T03:30:00+00:00',NULL);
INSERT INTO orders VALUES(49,4,'2025-12-21',0,'CNY','免费样品',NULL,1,'2025-12-21T03:50:00+00:00',NULL);
INSERT INTO orders VALUES(50,4,'2026-01-23',3124000,'CNY','触摸屏 HMI-10',NULL,1,'2026-01-23T02:45:00+00:00',NULL);
INSERT INTO orders VALUES(51,4,'2026-02-16',0,'CNY','免费样品',NULL,1,'2026-02-16T03:45:00+00:00',NULL);
INSERT INTO orders VALUES(52,4,'2026-03-17',3416000,'CNY','技术培训',1060400,1,'2026-03-17T07:40:00+00:00',NULL);
INSERT INTO orders VALUES(53,4,'2026-04-16',2269000,'CNY','触摸屏 HMI-10',840100,1,'2026-04-16T08:50:00+00:00',NULL);
INSERT INTO orders VALUES(54,4,'2026-05-15',3472000,'CNY','触摸屏 HMI-10',566700,1,'2026-05-15T01:05:00+00:00',NULL);
INSERT INTO orders VALUES(55,4,'2026-06-01',2726000,'CNY','技术培训',480100,1,'2026-06-01T07:50:00+00:00',NULL);
INSERT INTO orders VALUES(56,4,'2026-07-02',2497000,'CNY','技术培训',646200,1,'2026-07-02T01:10:00+00:00',NULL);
INSERT INTO orders VALUES(57,4,'2026-07-18',2820000,'CNY','触摸屏 HMI-10',NULL,1,'2026-07-18T06:05:00+00:00',NULL);
INSERT INTO orders VALUES(58,4,'2026-08-13',1331000,'CNY','技术培训',NULL,1,'2026-08-13T01:45:00+00:00',NULL);
INSERT INTO orders VALUES(59,4,'2026-09-13',3033000,'CNY','触摸屏 HMI-10',NULL,1,'2026-09-13T04:55:00+00:00',NULL);
INSERT INTO orders VALUES(60,4,'2026-10-11',4129000,'CNY','技术培训',874300,1,'2026-10-11T07:55:00+00:00',NULL);
INSERT INTO orders VALUES(61,4,'2026-11-11',5040000,'CNY','触摸屏 HMI-10',NULL,0,'2026-11-11T03:20:00+00:00',NULL);
INSERT INTO orders VALUES(62,5,'2024-02-26',1535000,'CNY','PLC控制器 CX-200',447000,1,'2024-02-26T08:15:00+00:00',NULL);
INSERT INTO orders VALUES(63,5,'2024-06-15',816000,'CNY','技术培训',226100,1,'2024-06-15T03:35:00+00:00',NULL);
INSERT INTO orders VALUES(64,5,'2024-09-25',1673000,'CNY','PLC控制器 CX-200',414500,1,'2024-09-25T08:10:00+00:00',NULL);
INSERT INTO orders VALUES(65,5,'2024-12-22',2095000,'CNY','PLC控制器 CX-200',479200,1,'2024-12-22T05:00:00+00:00',NULL);
INSERT INTO orders VALUES(66,5,'2025-04-11',500000,'CNY','技术培训',NULL,1,'2025-04-11T01:45:00+00:00',NULL);
INSERT INTO orders VALUES(67,5,'2025-05-23',524000,'CNY','技术培训',106800,1,'2025-05-23T06:20:00+00:00',NULL);
INSERT INTO orders VALUES(68,5,'2025-09-04',635000,'CNY','技术培训',NULL,1,'2025-09-04T08:00:00+00:00',NULL);
INSERT INTO orders VALUES(69,5,'2025-10-24',793000,'CNY','技术培训',NULL,1,'2025-10-24T07:45:00+00:00',NULL);
INSERT INTO orders VALUES(70,5,'2026-01-06',1253000,'CNY','PLC控制器 CX-200',139600,1,'2026-01-06T02:55:00+00:00',NULL);
INSERT INTO orders VALUES(71,5,'2026-03-25',0,'CNY','免费样品',NULL,1,'2026-03-25T02:45:00+00:00',NULL);
INSERT INTO orders VALUES(72,5,'2026-06-23',1022000,'CNY','技术培训',169300,1,'2026-06-23T05:55:00+00:00',NULL);
INSERT INTO orders VALUES(73,5,'2026-08-09',733000,'CNY','技术培训',NULL,1,'2026-08-09T08:35:00+00:00',NULL);
INSERT INTO orders VALUES(74,5,'2026-10-05',1037000,'CNY','PLC控制器 CX-200',285800,0,'2026-10-05T06:40:00+00:00',NULL);
INSERT INTO orders VALUES(75,5,'2026-11-18',500000,'CNY','技术培训',99300,0,'2026-11-18T09:55:00+00:00',NULL);
INSERT INTO orders VALUES(76,6,'2024-08-08',204500,'USD','industrial sensor kit',NULL,1,'2024-08-08T14:30:00+00:00',NULL);
INSERT INTO orders VALUES(77,6,'2024-09-12',1526500,'USD','MES software licence',224800,1,'2024-09-12T14:50:00+00:00',NULL);
INSERT INTO orders VALUES(78,6,'2024-10-19',98500,'USD','spare parts',NULL,1,'2024-10-19T20:20:00+00:00',NULL);
INSERT INTO orders VALUES(79,6,'2024-12-10',240000,'USD','industrial sensor kit',NULL,1,'2024-12-10T14:55:00+00:00',NULL);
INSERT INTO orders VALUES(80,6,'2025-01-26',119000,'USD','industrial sensor kit',17200,1,'2025-01-26T14:55:00+00:00',NULL);
INSERT INTO orders VALUES(81,6,'2025-02-16',254500,'USD','industrial sensor kit',82800,1,'2025-02-16T16:50:00+00:00',NULL);
INSERT INTO orders VALUES(82,6,'2025-03-09',236500,'USD','industrial sensor kit',NULL,1,'2025-03-09T14:35:00+00:00',NULL);
INSERT INTO orders VALUES(83,6,'2025-04-29',158500,'USD','industrial sensor kit',25600,1,'2025-04-29T21:35:00+00:00',NULL);
INSERT INTO orders VALUES(84,6,'2025-05-31',103500,'USD','industrial sensor kit',25000,1,'2025-05-31T22:35:00+00:00',NULL);
INSERT INTO orders VALUES(85,6,'2025-07-05',577000,'USD','MES software licence',95300,1,'2025-07-05T19:35:00+00:00',NULL);
INSERT INTO orders VALUES(86,6,'2025-08-01',254500,'USD','industrial sensor kit',70500,1,'2025-08-01T15:55:00+00:00',NULL);
INSERT INTO orders VALUES(87,6,'2025-09-10',878000,'USD','MES software licence',325200,1,'2025-09-10T22:55:00+00:00',NULL);
INSERT INTO orders VALUES(88,6,'2025-10-29',574000,'USD','MES software licence',141600,1,'2025-10-29T19:00:00+00:00',NULL);
INSERT INTO orders VALUES(89,7,'2025-07-07',1673000,'CNY','伺服电机 SV-750',199600,1,'2025-07-07T08:10:00+00:00',NULL);
INSERT INTO orders VALUES(90,7,'2026-05-19',1298000,'CNY','工业传感器套件',NULL,0,'2026-05-19T04:00:00+00:00',NULL);
INSERT INTO orders VALUES(91,7,'2026-05-28',1308000,'CNY','伺服电机 SV-750',174600,0,'2026-05-28T04:15:00+00:00',NULL);
INSERT INTO orders VALUES(92,8,'2024-09-27',581000,'CNY','备品备件',202000,1,'2024-09-27T07:55:00+00:00',NULL);
INSERT INTO orders VALUES(93,8,'2024-11-01',575000,'CNY','备品备件',180900,1,'2024-11-01T06:00:00+00:00',NULL);
INSERT INTO orders VALUES(94,8,'2024-12-10',500000,'CNY','备品备件',185200,1,'2024-12-10T02:15:00+00:00',NULL);
INSERT INTO orders VALUES(95,8,'2025-01-20',500000,'CNY','备品备件',179700,1,'2025-01-20T04:15:00+00:00',NULL);
INSERT INTO orders VALUES(96,8,'2025-03-05',829000,'CNY','备品备件',NULL,1,'2025-03-05T04:20:00+00:00',NULL);
INSERT INTO orders VALUES(97,8,'2025-04-17',602000,'CNY','备品备件',50300,1,'2025-04-17T02:30:00+00:00',NULL);
INSERT INTO orders VALUES(98,8,'2025-06-04',529000,'CNY','备品备件',NULL,1,'2025-06-04T06:45:00+00:00',NULL);
INSERT INTO orders VALUES(99,8,'2025-07-12',824000,'CNY','备品备件',204900,1,'2025-07-12T04:40:00+00:00',NULL);
INSERT INTO orders VALUES(100,8,'2025-07-31',500000,'CNY','备品备件',48000,1,'2025-07-31T04:25:00+00:00',NULL);
INSERT INTO orders VALUES(101,8,'2025-09-01',824000,'CNY','备品备件',NULL,1,'2025-09-01T08:45:00+00:00',NULL);
INSERT INTO orders VALUES(102,8,'2025-10-11',500000,'CNY','备品备件',NULL,1,'2025-10-11T08:55:00+00:00',NULL);
INSERT INTO orders VALUES(103,8,'2025-11-03',618000,'CNY','备品备件',NULL,1,'2025-11-03T09:00:00+00:00',NULL);
CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'custom'
             CHECK (category IN ('industry','need','risk','potential','custom')),
    color    TEXT
);
INSERT INTO tags VALUES(1,'制造业','industry',NULL);
INSERT INTO tags VALUES(2,'零售','industry',NULL);
INSERT INTO tags VALUES(3,'医疗','industry',NULL);
INSERT INTO tags VALUES(4,'教育','industry',NULL);
INSERT INTO tags VALUES(5,'物流','industry',NULL);
INSERT INTO tags VALUES(6,'金融','industry',NULL);
INSERT INTO tags VALUES(7,'IT软件','industry',NULL);
INSERT INTO tags VALUES(8,'能源','industry',NULL);
INSERT INTO tags VALUES(9,'建筑','industry',NULL);
INSERT INTO tags VALUES(10,'食品','industry',NULL);
INSERT INTO tags VALUES(11,'Manufacturing','industry',NULL);
INSERT INTO tags VALUES(12,'Retail','industry',NULL);
INSERT INTO tags VALUES(13,'Healthcare','industry',NULL);
INSERT INTO tags VALUES(14,'Education','industry',NULL);
INSERT INTO tags VALUES(15,'Logistics','industry',NULL);
INSERT INTO tags VALUES(16,'Finance','industry',NULL);
INSERT INTO tags VALUES(17,'IT','industry',NULL);
INSERT INTO tags VALUES(18,'Energy','industry',NULL);
INSERT INTO tags VALUES(19,'Construction','industry',NULL);
INSERT INTO tags VALUES(20,'Food','industry',NULL);
INSERT INTO tags VALUES(21,'设备升级','need',NULL);
INSERT INTO tags VALUES(22,'价格敏感','need',NULL);
INSERT INTO tags VALUES(23,'交期敏感','need',NULL);
INSERT INTO tags VALUES(24,'需要账期','need',NULL);
INSERT INTO tags VALUES(25,'定制需求','need',NULL);
INSERT INTO tags VALUES(26,'Needs financing','need',NULL);
INSERT INTO tags VALUES(27,'Price sensitive','need',NULL);
INSERT INTO tags VALUES(28,'Custom specs','need',NULL);
INSERT INTO tags VALUES(29,'Fast delivery','need',NULL);
INSERT INTO tags VALUES(30,'付款慢','risk',NULL);
INSERT INTO tags VALUES(31,'竞品在谈','risk',NULL);
INSERT INTO tags VALUES(32,'关键人离职','risk',NULL);
INSERT INTO tags VALUES(33,'Late payer','risk',NULL);
INSERT INTO tags VALUES(34,'Competitor trial','risk',NULL);
INSERT INTO tags VALUES(35,'Budget freeze','risk',NULL);
INSERT INTO tags VALUES(36,'重点','potential',NULL);
INSERT INTO tags VALUES(37,'高潜力','potential',NULL);
INSERT INTO tags VALUES(38,'可交叉销售','potential',NULL);
INSERT INTO tags VALUES(39,'Key account','potential',NULL);
INSERT INTO tags VALUES(40,'High potential','potential',NULL);
INSERT INTO tags VALUES(41,'Upsell','potential',NULL);
INSERT INTO tags VALUES(42,'展会2025','custom',NULL);
INSERT INTO tags VALUES(43,'Trade show 2025','custom',NULL);
INSERT INTO tags VALUES(44,'VIP','custom',NULL);
INSERT INTO tags VALUES(45,'老客户','custom',NULL);
INSERT INTO tags VALUES(46,'春节礼品','custom',NULL);
INSERT INTO tags VALUES(47,'Newsletter','custom',NULL);
INSERT INTO tags VALUES(48,'重點客戶','potential',NULL);
INSERT INTO tags VALUES(49,'深圳客户','custom',NULL);
INSERT INTO tags VALUES(50,'UK','custom',NULL);
INSERT INTO tags VALUES(51,'个人','custom',NULL);
INSERT INTO tags VALUES(52,'展会线索','custom',NULL);
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
INSERT INTO customer_tags VALUES(8,4);
INSERT INTO customer_tags VALUES(1,7);
INSERT INTO customer_tags VALUES(2,17);
INSERT INTO customer_tags VALUES(8,23);
INSERT INTO customer_tags VALUES(1,24);
INSERT INTO customer_tags VALUES(6,27);
INSERT INTO customer_tags VALUES(6,29);
INSERT INTO customer_tags VALUES(8,31);
INSERT INTO customer_tags VALUES(1,32);
INSERT INTO customer_tags VALUES(6,34);
INSERT INTO customer_tags VALUES(4,36);
INSERT INTO customer_tags VALUES(3,38);
INSERT INTO customer_tags VALUES(5,38);
INSERT INTO customer_tags VALUES(2,40);
INSERT INTO customer_tags VALUES(4,44);
INSERT INTO customer_tags VALUES(3,45);
INSERT INTO customer_tags VALUES(4,45);
INSERT INTO customer_tags VALUES(5,45);
INSERT INTO customer_tags VALUES(9,48);
INSERT INTO customer_tags VALUES(10,48);
INSERT INTO customer_tags VALUES(10,49);
INSERT INTO customer_tags VALUES(11,49);
INSERT INTO customer_tags VALUES(12,50);
INSERT INTO customer_tags VALUES(13,51);
INSERT INTO customer_tags VALUES(11,52);
INSERT INTO customer_tags VALUES(13,52);
CREATE TABLE not_duplicates (
    customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (customer_a, customer_b),
    CHECK (customer_a < customer_b)
) WITHOUT ROWID;
CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES customers(id),
    merged_ids  TEXT NOT NULL,   -- JSON list of customer ids merged away
    undo        TEXT NOT NULL,   -- JSON: everything needed to restore exactly
    merged_at   TEXT NOT NULL,
    undone_at   TEXT
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone_e164 ON customers(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_email ON customers(email) WHERE email IS NOT NULL;
CREATE INDEX customers_updated ON customers(updated_at);
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX interactions_customer_time ON interactions(customer_id, occurred_at DESC);
CREATE INDEX interactions_open_due ON interactions(next_action_due)
    WHERE done = 0 AND next_action_due IS NOT NULL;
CREATE INDEX orders_customer_time ON orders(customer_id, ordered_at, amount_minor);
CREATE UNIQUE INDEX tags_category_name ON tags(category, name COLLATE NOCASE);
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);
COMMIT;
